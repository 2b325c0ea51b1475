/**
 * Shapes of the REST resources the technicians' app reads: the staff view of each.
 */

import type {
	Attachment,
	Customer,
	Dashboard,
	Entitlement,
	Message,
	Quote,
	Ticket,
} from '../shared/rest/types.generated';

// The resources themselves are the server's: generated from the routes' schemas.
export type {
	Attachment,
	Customer,
	Dashboard,
	Entitlement,
	Message,
	Quote,
	Ticket,
};

export type TicketStatus = Ticket[ 'status' ];

/** The REST query of the queue, as `GET /tickets` takes it. */
export type TicketQuery = {
	page: number;
	per_page: number;
	orderby?: string;
	order?: 'asc' | 'desc';
	search?: string;
	status?: TicketStatus[];
	priority?: string;
	type?: string;
	coverage?: string;
	assignee_id?: number;
	plan_id?: number;
	customer_id?: number;
	sla_breached?: boolean;
	sla_due_today?: boolean;
};

export type TicketPage = {
	ids: number[];
	total: number;
	totalPages: number;
};

export type TicketChanges = Partial<
	Pick< Ticket, 'status' | 'priority' | 'assignee_id' >
> & { close_reason?: string };

export type NewMessage = {
	body: string;
	internal: boolean;
	files?: File[];
	/** Technicians' replies: the status the ticket is left in. */
	status?: TicketStatus;
};

export type NewQuote = {
	amount: number;
	currency: string;
	conditions: string;
	valid_until: string;
	send: boolean;
};
