/**
 * Shapes of the REST resources the technicians' app reads: the staff view of each.
 */

export type TicketStatus =
	'new' | 'open' | 'waiting_customer' | 'quote_sent' | 'closed';

export type Quote = {
	id: number;
	amount: number;
	currency: string;
	conditions: string;
	valid_until: string;
	status: 'draft' | 'sent' | 'accepted' | 'declined' | 'expired';
	decided_at: string | null;
	paid_at: string | null;
	order_id?: number;
};

export type Ticket = {
	id: number;
	reference: string;
	subject: string;
	type: string;
	priority: 'normal' | 'urgent';
	status: TicketStatus;
	status_label: string;
	coverage: string;
	coverage_reason: string;
	service: string;
	site_url: string;
	plan_id: number;
	customer_id: number;
	customer_name: string;
	guest_email: string;
	guest_name: string;
	entitlement_id: number;
	assignee_id: number;
	first_response_due: string | null;
	first_response_due_label: string | null;
	first_response_at: string | null;
	sla_breached: boolean;
	sla_minutes_left: number | null;
	created_at: string;
	created_label: string | null;
	last_activity_at: string;
	auto_close_label: string | null;
	next_statuses: TicketStatus[];
	quote: Quote | null;
};

export type Attachment = {
	id: number;
	file_name: string;
	mime: string;
	size: number;
};

export type Message = {
	id: number;
	author_role: 'customer' | 'technician' | 'system';
	author_name: string;
	body: string;
	text: string;
	internal: boolean;
	created_at: string;
	created_label: string | null;
	attachments: Attachment[];
};

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

export type Dashboard = {
	open: number;
	urgent: number;
	breaching_today: number;
	breached: number;
	waiting_customer: number;
	auto_closed: number;
	first_response_median: number | null;
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

export type EntitlementLogEntry = {
	event: string;
	actor_id: number;
	channel: string | null;
	outcome: string | null;
	note: string | null;
	expires_before: string | null;
	expires_after: string | null;
	created_at: string;
};

/** A plan holding as staff see it, with its audit log. */
export type Entitlement = {
	id: number;
	user_id: number;
	plan_id: number;
	source: string;
	status: string;
	starts_at: string;
	expires_at: string;
	customer_name: string;
	customer_email: string;
	log: EntitlementLogEntry[];
};

export type Customer = { id: number; name: string; email: string };
