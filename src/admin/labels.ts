/**
 * The words technicians read for statuses, priorities, types and contact outcomes.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { bootData } from './boot-data';
import type { TicketStatus } from './types';

export type Option< T extends string = string > = { value: T; label: string };

/**
 * Statuses in the server's words (Ticket_Labels, printed with the page), in lifecycle order.
 */
export const statusOptions = (): Option< TicketStatus >[] =>
	( bootData().statuses ?? [] ) as Option< TicketStatus >[];

/**
 * Priorities in the server's words.
 */
export const priorityOptions = (): Option[] => bootData().priorities ?? [];

export const typeOptions = (): Option[] => [
	{ value: 'support', label: __( 'Support', 'wp24-helpdesk' ) },
	{
		value: 'opinion-before-change',
		label: __( 'Technical opinion', 'wp24-helpdesk' ),
	},
	{ value: 'one-shot', label: __( 'One-shot work', 'wp24-helpdesk' ) },
	{ value: 'refund-request', label: __( 'Refund request', 'wp24-helpdesk' ) },
];

export const coverageOptions = (): Option[] => [
	{ value: 'covered', label: __( 'Covered by plan', 'wp24-helpdesk' ) },
	{ value: 'not_covered', label: __( 'Not covered', 'wp24-helpdesk' ) },
];

export const slaOptions = (): Option[] => [
	{ value: 'breached', label: __( 'Overdue', 'wp24-helpdesk' ) },
	{ value: 'due_today', label: __( 'Due today', 'wp24-helpdesk' ) },
];

export const contactChannelOptions = (): Option[] => [
	{ value: 'phone', label: __( 'Phone', 'wp24-helpdesk' ) },
	{ value: 'email', label: __( 'Email', 'wp24-helpdesk' ) },
	{ value: 'whatsapp', label: __( 'WhatsApp', 'wp24-helpdesk' ) },
	{ value: 'in_person', label: __( 'In person', 'wp24-helpdesk' ) },
	{ value: 'other', label: __( 'Other', 'wp24-helpdesk' ) },
];

export const contactOutcomeOptions = (): Option[] => [
	{ value: 'renewing', label: __( 'Will renew', 'wp24-helpdesk' ) },
	{ value: 'thinking', label: __( 'Thinking about it', 'wp24-helpdesk' ) },
	{ value: 'not_renewing', label: __( 'Will not renew', 'wp24-helpdesk' ) },
	{ value: 'no_answer', label: __( 'No answer', 'wp24-helpdesk' ) },
	{ value: 'call_back', label: __( 'Call back', 'wp24-helpdesk' ) },
];

export const entitlementStatusOptions = (): Option[] => [
	{ value: 'active', label: __( 'Active', 'wp24-helpdesk' ) },
	{ value: 'expired', label: __( 'Expired', 'wp24-helpdesk' ) },
	{ value: 'refunded', label: __( 'Refunded', 'wp24-helpdesk' ) },
	{ value: 'cancelled', label: __( 'Cancelled', 'wp24-helpdesk' ) },
	{ value: 'on_hold', label: __( 'On hold', 'wp24-helpdesk' ) },
];

/** What happened to a plan holding, as its log records it. */
export const entitlementEventOptions = (): Option[] => [
	{ value: 'purchase', label: __( 'Bought', 'wp24-helpdesk' ) },
	{ value: 'renewal', label: __( 'Renewed', 'wp24-helpdesk' ) },
	{ value: 'claimed', label: __( 'Linked to the account', 'wp24-helpdesk' ) },
	{ value: 'renewal_due', label: __( 'Renewal due', 'wp24-helpdesk' ) },
	{ value: 'contact', label: __( 'Renewal contact', 'wp24-helpdesk' ) },
	{ value: 'expired', label: __( 'Expired', 'wp24-helpdesk' ) },
	{ value: 'refund', label: __( 'Refunded', 'wp24-helpdesk' ) },
	{
		value: 'refund_override',
		label: __( 'Refunded outside the window', 'wp24-helpdesk' ),
	},
	{
		value: 'order_cancelled',
		label: __(
			'Order cancelled after the window (plan kept)',
			'wp24-helpdesk'
		),
	},
	{ value: 'staff_grant', label: __( 'Granted by staff', 'wp24-helpdesk' ) },
	{
		value: 'staff_extend',
		label: __( 'Extended by staff', 'wp24-helpdesk' ),
	},
	{ value: 'staff_revoke', label: __( 'Revoked by staff', 'wp24-helpdesk' ) },
];

/**
 * The label of a value, or the value itself when unknown.
 *
 * @param options Options.
 * @param value   Value.
 */
export function labelOf( options: Option[], value: string ): string {
	return options.find( ( option ) => option.value === value )?.label ?? value;
}
