<?php
/**
 * Removes what the plugin created on one site, when the owner switched data removal on.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk;

use WP24\Helpdesk\Attachments\Private_Folder;
use WP24\Helpdesk\Jobs\Job_Scheduler;
use WP24\Helpdesk\Plans\Plan_Post_Type;
use WP24\Helpdesk\Roles\Capabilities;
use WP24\Helpdesk\Schema\Tables;
use WP24\Helpdesk\Tickets\Customer_Reads;

defined( 'ABSPATH' ) || exit;

/**
 * Always clears scheduled jobs; drops data only on request.
 */
final class Uninstaller {

	public const REMOVE_DATA_OPTION = 'wp24hd_remove_data_on_uninstall';

	/**
	 * Runs for the current site.
	 */
	public function run(): void {
		Job_Scheduler::unschedule( Lifecycle::cron_hooks() );
		if ( ! (bool) get_option( self::REMOVE_DATA_OPTION, false ) ) {
			return;
		}
		$this->drop_tables();
		$this->delete_plans();
		$this->delete_private_files();
		Capabilities::uninstall();
		$this->delete_transients();
		$this->delete_options();
		// My tickets' read marks (Customer_Reads), on every user.
		delete_metadata( 'user', 0, Customer_Reads::META, '', true );
	}

	/**
	 * Deletes the attachments folder with its files and deny files. Its name is the plugin's own
	 * and it holds no folders, so only the files directly in it are removed.
	 */
	private function delete_private_files(): void {
		$dir = Private_Folder::path();
		if ( ! is_dir( $dir ) ) {
			return;
		}
		foreach ( (array) scandir( $dir ) as $name ) {
			if ( is_string( $name ) && is_file( $dir . '/' . $name ) ) {
				wp_delete_file( $dir . '/' . $name );
			}
		}
		rmdir( $dir ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_rmdir
	}

	/**
	 * Deletes the plugin's transients (rate-limit counters, ticket viewers) through the transient
	 * API, which also removes their timeouts and any object-cache copy.
	 */
	private function delete_transients(): void {
		foreach ( $this->option_names( '_transient_wp24hd_' ) as $name ) {
			delete_transient( substr( $name, strlen( '_transient_' ) ) );
		}
	}

	/**
	 * Drops every custom table (each table class drops its own).
	 */
	private function drop_tables(): void {
		foreach ( Tables::tables() as $table ) {
			$table->drop();
		}
	}

	/**
	 * Deletes the plan posts and their meta.
	 */
	private function delete_plans(): void {
		$ids = get_posts(
			array(
				'post_type'   => Plan_Post_Type::POST_TYPE,
				'post_status' => 'any',
				'numberposts' => -1,
				'fields'      => 'ids',
			)
		);
		foreach ( $ids as $id ) {
			wp_delete_post( (int) $id, true );
		}
	}

	/**
	 * Deletes every `wp24hd_` option, the switch itself last.
	 */
	private function delete_options(): void {
		foreach ( $this->option_names( 'wp24hd_' ) as $name ) {
			delete_option( $name );
		}
	}

	/**
	 * The names of the options that start with a prefix.
	 *
	 * @param string $prefix Literal prefix.
	 * @return string[]
	 */
	private function option_names( string $prefix ): array {
		global $wpdb;
		return array_map(
			'strval',
			$wpdb->get_col( // phpcs:ignore WordPress.DB.DirectDatabaseQuery
				$wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", $wpdb->esc_like( $prefix ) . '%' )
			)
		);
	}
}
