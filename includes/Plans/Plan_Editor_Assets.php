<?php
/**
 * Loads the plan-terms sidebar into the block editor, on plan screens only.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Plans;

defined( 'ABSPATH' ) || exit;

/**
 * Enqueues `build/plan-editor` with the dependencies its asset file lists.
 */
final class Plan_Editor_Assets {

	public const HANDLE = 'wp24hd-plan-editor';

	/**
	 * Constructor.
	 *
	 * @param string $build_dir Absolute path of the build directory.
	 * @param string $build_url URL of the build directory, with trailing slash.
	 */
	public function __construct( private string $build_dir, private string $build_url ) {}

	/**
	 * Adds the editor hook.
	 */
	public function register(): void {
		add_action( 'enqueue_block_editor_assets', array( $this, 'enqueue' ) );
	}

	/**
	 * Enqueues the sidebar when a plan is being edited.
	 */
	public function enqueue(): void {
		$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
		if ( null === $screen || Plan_Post_Type::POST_TYPE !== $screen->post_type ) {
			return;
		}
		$asset_file = $this->build_dir . '/plan-editor/index.asset.php';
		if ( ! is_readable( $asset_file ) ) {
			return;
		}
		$asset = require $asset_file;
		wp_enqueue_script( self::HANDLE, $this->build_url . 'plan-editor/index.js', $asset['dependencies'], $asset['version'], array( 'in_footer' => true ) );
		wp_set_script_translations( self::HANDLE, 'wp24-helpdesk', WP24HD_DIR . 'languages' );
	}
}
