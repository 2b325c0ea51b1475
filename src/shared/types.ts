/**
 * Shapes of the `wp24-helpdesk/v1` REST resources, shared by the blocks and the admin app.
 */

export type CoveredService = {
	label: string;
	description: string;
};

export type Plan = {
	id: number;
	name: string;
	summary: string;
	price: number;
	currency: string;
	duration_days: number;
	refund_window_hours: number;
	renewal_notice_days: number;
	phone_support: boolean;
	first_response_hours: number;
	covered_services: CoveredService[];
	highlight: boolean;
	product_ids: number[];
	sort_order: number;
};

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
	/** The PHP date format of a day, the same the thread's times use. */
	dayFormat?: string;
	/** Whether the user gets the urgent-ticket emails, and wants browser notifications of them. */
	onCall?: boolean;
	urgentAlerts?: boolean;
	/** The newest ticket and message IDs when the page was printed: where live updates start. */
	liveCursor?: { tickets: number; messages: number } | null;
	version: string;
};
