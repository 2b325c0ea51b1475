/**
 * Shapes of the `wp24-helpdesk/v1` REST resources, shared by the blocks and the admin app.
 */

import type { Plan } from './rest/types.generated';

// The plan is the server's: generated from the plans route's schema.
export type { Plan };

export type CoveredService = Plan[ 'covered_services' ][ number ];

/** Start-up data the admin page prints before the app's script. */
export type AdminBootData = {
	namespace: string;
	canSettings: boolean;
	canPlans: boolean;
	userId: number;
	restRoot: string;
	restNonce: string;
	technicians: Array< { id: number; name: string } >;
	plans: Array< Pick< Plan, 'id' | 'name' | 'phone_support' > >;
	savedReplies: Array< { title: string; body: string } >;
	/** Statuses and priorities in the server's words (Ticket_Labels), in lifecycle order. */
	statuses?: Array< { value: string; label: string } >;
	priorities?: Array< { value: string; label: string } >;
	/** Settings and email switches in the server's words (settings managers only). */
	settingLabels?: Record< string, string >;
	notificationLabels?: Record< string, string >;
	/** The PHP date format of a day, the same the thread's times use. */
	dayFormat?: string;
	/** Whether the user gets the urgent-ticket emails, and wants browser notifications of them. */
	onCall?: boolean;
	urgentAlerts?: boolean;
	/** The newest ticket and message IDs when the page was printed: where live updates start. */
	liveCursor?: { tickets: number; messages: number } | null;
	version: string;
};
