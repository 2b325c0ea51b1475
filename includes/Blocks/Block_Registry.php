<?php
/**
 * Registers the plugin's blocks from the build's metadata manifest.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Blocks;

defined( 'ABSPATH' ) || exit;

/**
 * One manifest read registers every block (WordPress 6.8+ API), so no block.json is parsed per request.
 */
final class Block_Registry {

	/**
	 * Constructor.
	 *
	 * @param string $build_dir Absolute path of the build directory.
	 */
	public function __construct( private string $build_dir ) {}

	/**
	 * Adds the registration hook.
	 */
	public function register(): void {
		add_action( 'init', array( $this, 'register_blocks' ) );
	}

	/**
	 * Registers every block found in the manifest.
	 */
	public function register_blocks(): void {
		$manifest = $this->build_dir . '/blocks-manifest.php';
		if ( ! is_readable( $manifest ) ) {
			// A source checkout that was never built: say so to developers instead of failing silently.
			if ( defined( 'WP_DEBUG' ) && WP_DEBUG ) {
				trigger_error( esc_html__( 'WP24 Helpdesk: the build directory is missing; run "npm run build".', 'wp24-helpdesk' ), E_USER_NOTICE ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions
			}
			return;
		}
		wp_register_block_types_from_metadata_collection( $this->build_dir, $manifest );
		$this->load_editor_translations();
	}

	/**
	 * Points the blocks' editor scripts at the plugin's own translations: WordPress registers
	 * them with the block's text domain but looks only in wp-content/languages/plugins.
	 */
	private function load_editor_translations(): void {
		$registry = \WP_Block_Type_Registry::get_instance();
		foreach ( $registry->get_all_registered() as $name => $block_type ) {
			if ( ! str_starts_with( $name, 'wp24-helpdesk/' ) ) {
				continue;
			}
			foreach ( $block_type->editor_script_handles as $handle ) {
				wp_set_script_translations( $handle, 'wp24-helpdesk', dirname( $this->build_dir ) . '/languages' );
			}
		}
	}
}
