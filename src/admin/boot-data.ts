/**
 * Internal dependencies
 */
import type { AdminBootData } from '../shared/types';

declare global {
	interface Window {
		wp24hdAdmin?: AdminBootData;
	}
}

/**
 * What the admin page printed before the app: who is looking and whom tickets can go to.
 */
export function bootData(): AdminBootData {
	return (
		window.wp24hdAdmin ?? {
			namespace: 'wp24-helpdesk/v1',
			canSettings: false,
			canPlans: false,
			userId: 0,
			restRoot: '/wp-json/',
			restNonce: '',
			technicians: [],
			plans: [],
			savedReplies: [],
			statuses: [],
			priorities: [],
			settingLabels: {},
			notificationLabels: {},
			dayFormat: '',
			onCall: false,
			urgentAlerts: false,
			liveCursor: null,
			version: '',
		}
	);
}
