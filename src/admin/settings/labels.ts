/**
 * Weekday names of the opening-hours editor. The settings' and emails' names are the server's
 * (Settings_Validator::labels(), Notification_Types::labels()), in the boot data.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

export const weekdayLabels = (): Record< string, string > => ( {
	monday: __( 'Monday', 'wp24-helpdesk' ),
	tuesday: __( 'Tuesday', 'wp24-helpdesk' ),
	wednesday: __( 'Wednesday', 'wp24-helpdesk' ),
	thursday: __( 'Thursday', 'wp24-helpdesk' ),
	friday: __( 'Friday', 'wp24-helpdesk' ),
	saturday: __( 'Saturday', 'wp24-helpdesk' ),
	sunday: __( 'Sunday', 'wp24-helpdesk' ),
} );
