/**
 * Types of the wp24-helpdesk/v1 REST resources, generated from their schemas: do not edit.
 *
 * Source: src/shared/rest/schemas.json (the schemas the routes declare, and the admin page's
 * start-up data); regenerate with `npm run rest-types`. A unit test fails when this file is stale.
 */

export interface AdminBootData {
	/**
	 * The REST namespace of the helpdesk.
	 */
	namespace: string;
	/**
	 * Whether the user may change the settings.
	 */
	canSettings: boolean;
	/**
	 * Whether the user may grant, extend and revoke plans.
	 */
	canPlans: boolean;
	/**
	 * The user looking at the page.
	 */
	userId: number;
	/**
	 * The REST API root URL.
	 */
	restRoot: string;
	/**
	 * The REST nonce of cookie-authenticated requests.
	 */
	restNonce: string;
	/**
	 * The people a ticket can be assigned to.
	 */
	technicians: {
		id: number;
		name: string;
	}[];
	/**
	 * The published plans, for the plan badges and filter.
	 */
	plans: {
		id: number;
		name: string;
		phone_support: boolean;
	}[];
	/**
	 * Saved replies every technician can insert.
	 */
	savedReplies: {
		title: string;
		body: string;
	}[];
	/**
	 * Ticket statuses in the server's words, in lifecycle order.
	 */
	statuses: {
		value: string;
		label: string;
	}[];
	/**
	 * Ticket priorities in the server's words.
	 */
	priorities: {
		value: string;
		label: string;
	}[];
	/**
	 * Setting names by key (settings managers only).
	 */
	settingLabels: {
		[ k: string ]: string;
	};
	/**
	 * Email switch names by type (settings managers only).
	 */
	notificationLabels: {
		[ k: string ]: string;
	};
	/**
	 * The PHP date format of a day, as the thread's times use it.
	 */
	dayFormat: string;
	/**
	 * Whether the user gets the urgent-ticket emails.
	 */
	onCall: boolean;
	/**
	 * Whether the user wants browser notifications of urgent tickets.
	 */
	urgentAlerts: boolean;
	/**
	 * The newest ticket and message IDs when the page was printed: where live updates start.
	 */
	liveCursor: {
		tickets: number;
		messages: number;
	} | null;
	/**
	 * The plugin version.
	 */
	version: string;
}

export interface Attachment {
	/**
	 * Unique identifier of the file.
	 */
	id: number;
	/**
	 * File name as uploaded.
	 */
	file_name: string;
	/**
	 * Media type.
	 */
	mime: string;
	/**
	 * Size in bytes.
	 */
	size: number;
}

export interface Availability {
	/**
	 * The moment the answer was computed, UTC.
	 */
	now: string | null;
	/**
	 * Timezone of the business hours.
	 */
	timezone: string;
	/**
	 * Whether live support is open now.
	 */
	open: boolean;
	/**
	 * When live support opens next (now when open), UTC.
	 */
	next_opening: string | null;
	/**
	 * The next opening in the site language and the business timezone.
	 */
	next_opening_label: string | null;
	/**
	 * When a ticket sent now can expect its first answer.
	 */
	expected_response: {
		normal: string | null;
		normal_label: string | null;
		urgent: string | null;
		urgent_hours: number;
	};
}

export interface Customer {
	/**
	 * User ID of the customer.
	 */
	id: number;
	/**
	 * Display name.
	 */
	name: string;
	/**
	 * Email address.
	 */
	email: string;
}

export interface Dashboard {
	/**
	 * Tickets not closed.
	 */
	open: number;
	/**
	 * Urgent tickets not closed.
	 */
	urgent: number;
	/**
	 * Tickets whose first answer falls due by the end of today.
	 */
	breaching_today: number;
	/**
	 * Tickets whose first answer is overdue.
	 */
	breached: number;
	/**
	 * Tickets waiting for the customer.
	 */
	waiting_customer: number;
	/**
	 * Tickets closed by themselves in the last seven days.
	 */
	auto_closed: number;
	/**
	 * Median minutes to the first answer, null without answered tickets.
	 */
	first_response_median: number | null;
}

export interface Entitlement {
	/**
	 * Unique identifier of the plan holding.
	 */
	id: number;
	/**
	 * Customer account.
	 */
	user_id: number;
	/**
	 * Plan held.
	 */
	plan_id: number;
	/**
	 * How it was granted (an order or a technician).
	 */
	source: string;
	/**
	 * Shop order that granted it, 0 without one.
	 */
	order_id: number;
	/**
	 * Status.
	 */
	status: 'active' | 'expired' | 'refunded' | 'cancelled' | 'on_hold';
	/**
	 * Start of the period, UTC.
	 */
	starts_at: string;
	/**
	 * End of the period (exclusive), UTC.
	 */
	expires_at: string;
	/**
	 * When the order was paid, UTC.
	 */
	paid_at: string | null;
	/**
	 * Whether a refund can still be asked for (24 hours from payment).
	 */
	refund_window_open: boolean;
	/**
	 * Name of the customer.
	 */
	customer_name: string;
	/**
	 * Email address of the customer.
	 */
	customer_email: string;
	/**
	 * What happened to the holding, oldest first.
	 */
	log: {
		/**
		 * What happened.
		 */
		event: string;
		/**
		 * User who did it, 0 for the system.
		 */
		actor_id: number;
		/**
		 * Shop order concerned, 0 for none.
		 */
		order_id: number;
		/**
		 * Order line concerned, 0 for none.
		 */
		order_item_id: number;
		/**
		 * End of the period before, UTC.
		 */
		expires_before: string | null;
		/**
		 * End of the period after, UTC.
		 */
		expires_after: string | null;
		/**
		 * How a renewal contact was made.
		 */
		channel: string | null;
		/**
		 * What a renewal contact came to.
		 */
		outcome: string | null;
		/**
		 * Note.
		 */
		note: string | null;
		/**
		 * When, UTC.
		 */
		created_at: string;
	}[];
}

/** `Entitlement` as customers read it. */
export type EntitlementForCustomer = Pick<
	Entitlement,
	| 'id'
	| 'user_id'
	| 'plan_id'
	| 'source'
	| 'order_id'
	| 'status'
	| 'starts_at'
	| 'expires_at'
	| 'paid_at'
	| 'refund_window_open'
>;

export interface InboundEmail {
	/**
	 * What the desk did with the email.
	 */
	outcome:
		| 'created'
		| 'replied'
		| 'follow_up'
		| 'held'
		| 'pointed'
		| 'ignored'
		| 'duplicate'
		| 'refused'
		| 'malformed';
	/**
	 * Ticket it opened or joined, if any.
	 */
	ticket?: number | null;
}

export interface Mailbox {
	/**
	 * IMAP server host name.
	 */
	host: string;
	/**
	 * IMAP port (993 for SSL/TLS, 143 for STARTTLS).
	 */
	port: number;
	/**
	 * Connection encryption.
	 */
	encryption: 'ssl' | 'tls' | 'none';
	/**
	 * User name of the mailbox.
	 */
	user: string;
	/**
	 * Folder to read.
	 */
	folder: string;
	/**
	 * Whether a password is saved.
	 */
	has_password: boolean;
	/**
	 * Whether Mailgun's signing key is saved.
	 */
	has_mailgun_key: boolean;
	/**
	 * The addresses to give each inbound-mail service, with their credentials.
	 */
	webhooks: {
		postmark: string;
		sendgrid: string;
		mailgun: string;
	};
}

export interface MailboxTest {
	/**
	 * Whether the desk signed in to the mailbox and opened the folder.
	 */
	ok: boolean;
	/**
	 * What happened, in the site language.
	 */
	message: string;
}

export interface Me {
	/**
	 * The caller's user ID, 0 for a visitor.
	 */
	user_id: number;
	/**
	 * Whether the caller is signed in.
	 */
	logged_in: boolean;
	/**
	 * The plan the caller holds now, if any.
	 */
	plan: {
		/**
		 * Plan ID.
		 */
		id: number;
		/**
		 * Plan name.
		 */
		name: string;
		/**
		 * Whether the plan includes phone support.
		 */
		phone_support: boolean;
		/**
		 * First-response target for normal tickets, in business hours.
		 */
		first_response_hours: number;
		/**
		 * Services the plan covers.
		 */
		covered_services: {
			/**
			 * Service name.
			 */
			label: string;
			/**
			 * What the service includes.
			 */
			description: string;
		}[];
	} | null;
	/**
	 * The caller's current plan holding, if any.
	 */
	entitlement: EntitlementForCustomer | null;
	/**
	 * How the caller may reach the agency; the phone only for Premium holders (R1).
	 */
	channels: {
		/**
		 * Support email address.
		 */
		email: string;
		/**
		 * WhatsApp number.
		 */
		whatsapp: string;
		/**
		 * Phone number.
		 */
		phone?: string;
	};
}

export interface Message {
	/**
	 * Unique identifier of the message.
	 */
	id: number;
	/**
	 * Who wrote it.
	 */
	author_role: 'customer' | 'technician' | 'system';
	/**
	 * Name of the author; empty for system entries.
	 */
	author_name: string;
	/**
	 * The message as sanitised HTML.
	 */
	body: string;
	/**
	 * The message as plain text, line breaks kept.
	 */
	text: string;
	/**
	 * Whether it is a note only staff see.
	 */
	internal: boolean;
	/**
	 * When it was written, UTC.
	 */
	created_at: string;
	/**
	 * When it was written, in the site language.
	 */
	created_label: string | null;
	/**
	 * Files attached to it.
	 */
	attachments: Attachment[];
}

export interface Plan {
	/**
	 * Unique identifier of the plan.
	 */
	id: number;
	/**
	 * Plan name.
	 */
	name: string;
	/**
	 * Short description, plain text.
	 */
	summary: string;
	/**
	 * Price shown, per year.
	 */
	price: number;
	/**
	 * ISO 4217 currency code.
	 */
	currency: string;
	/**
	 * How long a purchase lasts, in days.
	 */
	duration_days: number;
	/**
	 * Hours after purchase during which a refund may be requested.
	 */
	refund_window_hours: number;
	/**
	 * Days before expiry when the renewal contact starts.
	 */
	renewal_notice_days: number;
	/**
	 * Whether holders may use the phone line (the number itself is never part of a plan).
	 */
	phone_support: boolean;
	/**
	 * First-response target for normal tickets, in business hours.
	 */
	first_response_hours: number;
	/**
	 * Services the plan covers.
	 */
	covered_services: {
		label: string;
		description: string;
	}[];
	/**
	 * Whether the plan table highlights this plan.
	 */
	highlight: boolean;
	/**
	 * WooCommerce products that sell this plan.
	 */
	product_ids: number[];
	/**
	 * Position in the plan table.
	 */
	sort_order: number;
}

export interface Quote {
	/**
	 * Unique identifier of the quote.
	 */
	id: number;
	/**
	 * Amount, in the currency (two decimals).
	 */
	amount: number;
	/**
	 * ISO 4217 currency code.
	 */
	currency: string;
	/**
	 * What the work includes and on what terms.
	 */
	conditions: string;
	/**
	 * Last moment the quote can be accepted, UTC.
	 */
	valid_until: string;
	/**
	 * Quote status.
	 */
	status: 'draft' | 'sent' | 'accepted' | 'declined' | 'expired';
	/**
	 * When the customer accepted or declined, UTC.
	 */
	decided_at: string | null;
	/**
	 * When the quote was paid through the shop, UTC.
	 */
	paid_at: string | null;
	/**
	 * User who accepted or declined.
	 */
	decided_by: number;
	/**
	 * IP address the decision came from.
	 */
	decided_ip: string;
	/**
	 * Shop order that pays the quote, 0 without one.
	 */
	order_id: number;
}

/** `Quote` as customers read it. */
export type QuoteForCustomer = Pick<
	Quote,
	| 'id'
	| 'amount'
	| 'currency'
	| 'conditions'
	| 'valid_until'
	| 'status'
	| 'decided_at'
	| 'paid_at'
>;

export interface Settings {
	/**
	 * Timezone of the business hours.
	 */
	timezone: string;
	/**
	 * Opening hours of each weekday; an empty list means closed.
	 */
	weekly_hours: {
		monday: {
			open: string;
			close: string;
		}[];
		tuesday: {
			open: string;
			close: string;
		}[];
		wednesday: {
			open: string;
			close: string;
		}[];
		thursday: {
			open: string;
			close: string;
		}[];
		friday: {
			open: string;
			close: string;
		}[];
		saturday: {
			open: string;
			close: string;
		}[];
		sunday: {
			open: string;
			close: string;
		}[];
	};
	/**
	 * Close on Italian national holidays (Easter Monday included).
	 */
	national_holidays: boolean;
	/**
	 * Extra closed days, such as the patron saint or a summer week.
	 */
	closures: string[];
	/**
	 * First-response target in business hours for customers without a plan target.
	 */
	default_first_response_hours: number;
	/**
	 * What the plan table says about VAT beside each price: included, to be added, or nothing.
	 */
	price_vat: 'included' | 'excluded' | 'none';
	/**
	 * Version of the privacy consent text; stored with every ticket.
	 */
	consent_version: string;
	/**
	 * Days after closing during which a customer reply reopens the ticket.
	 */
	reopen_days: number;
	/**
	 * Days after a ticket’s last activity that a guest’s emailed link still opens it; 0 keeps links working.
	 */
	guest_link_days: number;
	/**
	 * Months after closing that a ticket is kept; then it is deleted with its messages and files, except tickets with a paid quote (kept with the invoice). 0 keeps every ticket.
	 */
	retention_months: number;
	/**
	 * Largest attachment customers and technicians may upload, in MB.
	 */
	attachment_max_mb: number;
	/**
	 * What an email from an address without an account does: open a one-shot request as a guest, or get an answer pointing to the ticket form.
	 */
	email_unknown_senders: 'open' | 'point';
	/**
	 * Words that make an emailed request from a customer with a plan urgent when the subject contains them.
	 */
	email_urgent_words: string[];
	/**
	 * The support mailbox accepts plus-addresses (assistenza+anything@…): notifications then carry a per-ticket reply address.
	 */
	email_plus_addressing: boolean;
	/**
	 * Support email address shown to customers; empty until the owner sets it (the site admin address is not published).
	 */
	support_email: string;
	/**
	 * WhatsApp number for live chat, international format.
	 */
	whatsapp_number: string;
	/**
	 * Support phone line, shown only to Premium customers and staff.
	 */
	phone_number: string;
	/**
	 * Days a ticket waits for the customer before it is closed automatically.
	 */
	auto_close_days: number;
	/**
	 * Hours before the automatic closing when the customer is reminded; 0 sends no reminder.
	 */
	auto_close_reminder_hours: number;
	/**
	 * Page with the ticket form; "open a new ticket" links lead there.
	 */
	support_page_id: number;
	/**
	 * Page with the My tickets block; links in emails open tickets there.
	 */
	tickets_page_id: number;
	/**
	 * Page with the plan table; renewal emails link to it.
	 */
	plans_page_id: number;
	/**
	 * Addresses that receive staff notifications; empty means the site administrator address.
	 */
	staff_emails: string[];
	/**
	 * On-call addresses told at once, at any hour, about urgent tickets; empty means the staff addresses.
	 */
	oncall_emails: string[];
	/**
	 * Which emails are sent; each can be switched off.
	 */
	notifications: {
		ticket_received: boolean;
		refund_request_received: boolean;
		technician_reply: boolean;
		waiting_reminder: boolean;
		auto_closed: boolean;
		quote_sent: boolean;
		quote_accepted: boolean;
		quote_expired: boolean;
		renewal_reminder: boolean;
		plan_expired: boolean;
		email_form_pointer: boolean;
		staff_new_ticket: boolean;
		staff_urgent_ticket: boolean;
		staff_customer_reply: boolean;
		staff_quote_accepted: boolean;
		staff_renewal_digest: boolean;
	};
	/**
	 * Answers technicians insert into a reply with one click, editable before sending.
	 */
	saved_replies: {
		title: string;
		body: string;
	}[];
	/**
	 * Remove all helpdesk data when the plugin is deleted.
	 */
	remove_data_on_uninstall: boolean;
}

export interface Ticket {
	/**
	 * Unique identifier of the ticket.
	 */
	id: number;
	/**
	 * Reference the customer quotes, e.g. WP24-2026-00042.
	 */
	reference: string;
	/**
	 * Subject.
	 */
	subject: string;
	/**
	 * Kind of request.
	 */
	type: 'support' | 'opinion-before-change' | 'one-shot' | 'refund-request';
	/**
	 * Priority.
	 */
	priority: 'normal' | 'urgent';
	/**
	 * Status.
	 */
	status: 'new' | 'open' | 'waiting_customer' | 'quote_sent' | 'closed';
	/**
	 * Status in the words of the site language.
	 */
	status_label: string;
	/**
	 * Whether the plan covers the request; empty until a technician decides.
	 */
	coverage: string;
	/**
	 * Why the request is not covered.
	 */
	coverage_reason: string;
	/**
	 * Covered service the request is about.
	 */
	service: string;
	/**
	 * Address of the website concerned.
	 */
	site_url: string;
	/**
	 * Plan the ticket was opened under, 0 without one.
	 */
	plan_id: number;
	/**
	 * Closed ticket this one follows up, 0 for none.
	 */
	parent_id: number;
	/**
	 * When the first answer is due, UTC.
	 */
	first_response_due: string | null;
	/**
	 * When the first answer is due, in the site language and the business timezone.
	 */
	first_response_due_label: string | null;
	/**
	 * When the first answer was sent, UTC.
	 */
	first_response_at: string | null;
	/**
	 * Why the ticket was closed.
	 */
	close_reason: string;
	/**
	 * When the ticket was closed, UTC.
	 */
	closed_at: string | null;
	/**
	 * When the ticket was opened, UTC.
	 */
	created_at: string;
	/**
	 * When the ticket was opened, in the site language.
	 */
	created_label: string | null;
	/**
	 * Last message or change, UTC.
	 */
	last_activity_at: string;
	/**
	 * When a ticket waiting for the customer closes by itself, in the site language.
	 */
	auto_close_label: string | null;
	/**
	 * Last message or change, in the site language.
	 */
	last_activity_label?: string | null;
	/**
	 * Who wrote last: the customer or the team; null before any reply.
	 */
	last_reply_by?: 'customer' | 'team' | null;
	/**
	 * When the last reply was written, in the site language.
	 */
	last_reply_label?: string | null;
	/**
	 * Whether the team wrote after the customer last opened the ticket.
	 */
	unread?: boolean;
	/**
	 * Marks beside the ticket (urgent, a quote to decide, a new reply), in the site language.
	 */
	badges?: {
		kind: 'urgent' | 'quote' | 'unread';
		label: string;
	}[];
	/**
	 * While the first answer is awaited, when it is due, in the site language; otherwise null.
	 */
	answer_due_label?: string | null;
	/**
	 * The latest quote, if any.
	 */
	quote: Quote | null;
	/**
	 * Key of a guest ticket, answered only when the guest opens it.
	 */
	guest_key?: string;
	/**
	 * Customer account, 0 for a guest.
	 */
	customer_id: number;
	/**
	 * Name of the account, or the name a guest gave.
	 */
	customer_name: string;
	/**
	 * Email address of a guest.
	 */
	guest_email: string;
	/**
	 * Name a guest gave.
	 */
	guest_name: string;
	/**
	 * Plan holding that covers the ticket, 0 for none.
	 */
	entitlement_id: number;
	/**
	 * Technician the ticket is assigned to, 0 for none.
	 */
	assignee_id: number;
	/**
	 * When the customer consented to the processing of personal data, UTC.
	 */
	consent_at: string | null;
	/**
	 * Version of the consent text the customer accepted.
	 */
	consent_version: string;
	/**
	 * Last customer message, UTC.
	 */
	last_customer_reply_at: string | null;
	/**
	 * Last technician answer, UTC.
	 */
	last_staff_reply_at: string | null;
	/**
	 * Whether the first answer is overdue.
	 */
	sla_breached: boolean;
	/**
	 * Minutes left to the first answer, negative when overdue; null once answered or closed.
	 */
	sla_minutes_left: number | null;
	/**
	 * Statuses the ticket may move to.
	 */
	next_statuses: (
		'new' | 'open' | 'waiting_customer' | 'quote_sent' | 'closed'
	)[];
}

/** The fields of `Ticket` that customers read in a shape of their own. */

export interface TicketForCustomerFields {
	/**
	 * The latest quote, if any.
	 */
	quote: QuoteForCustomer | null;
}

/** `Ticket` as customers read it. */
export type TicketForCustomer = Pick<
	Ticket,
	| 'id'
	| 'reference'
	| 'subject'
	| 'type'
	| 'priority'
	| 'status'
	| 'status_label'
	| 'coverage'
	| 'coverage_reason'
	| 'service'
	| 'site_url'
	| 'plan_id'
	| 'parent_id'
	| 'first_response_due'
	| 'first_response_due_label'
	| 'first_response_at'
	| 'close_reason'
	| 'closed_at'
	| 'created_at'
	| 'created_label'
	| 'last_activity_at'
	| 'auto_close_label'
	| 'last_activity_label'
	| 'last_reply_by'
	| 'last_reply_label'
	| 'unread'
	| 'badges'
	| 'answer_due_label'
	| 'guest_key'
> &
	TicketForCustomerFields;

export interface TicketViewers {
	/**
	 * Technicians who opened the ticket in the last minutes, the caller excluded.
	 */
	viewers: {
		/**
		 * User ID.
		 */
		id: number;
		/**
		 * Display name.
		 */
		name: string;
	}[];
}

/** What `GET /wp24-helpdesk/v1/availability` takes. */

export interface GetAvailabilityRequest {}

/** What `GET /wp24-helpdesk/v1/customers` takes. */

export interface GetCustomersRequest {
	/**
	 * Part of the name, login or email; without it, the customers whose tickets moved last.
	 */
	search?: string;
}

/** What `GET /wp24-helpdesk/v1/dashboard` takes. */

export interface GetDashboardRequest {}

/** What `GET /wp24-helpdesk/v1/entitlements` takes. */

export interface GetEntitlementsRequest {
	page?: number;
	per_page?: number;
	/**
	 * Only this customer (staff only).
	 */
	user_id?: number;
	plan_id?: number;
	status?: 'active' | 'expired' | 'refunded' | 'cancelled' | 'on_hold';
	/**
	 * Only active holdings that expire within this many days.
	 */
	expiring_within_days?: number;
}

/** What `GET /wp24-helpdesk/v1/entitlements/{id}` takes. */

export interface GetEntitlementsItemRequest {
	id?: number;
}

/** What `GET /wp24-helpdesk/v1/mailbox` takes. */

export interface GetMailboxRequest {}

/** What `GET /wp24-helpdesk/v1/me` takes. */

export interface GetMeRequest {}

/** What `GET /wp24-helpdesk/v1/plans` takes. */

export interface GetPlansRequest {
	/**
	 * Scope under which the request is made; determines fields present in response.
	 */
	context?: 'view' | 'embed';
}

/** What `GET /wp24-helpdesk/v1/plans/{id}` takes. */

export interface GetPlansItemRequest {
	/**
	 * Unique identifier of the plan.
	 */
	id?: number;
	/**
	 * Scope under which the request is made; determines fields present in response.
	 */
	context?: 'view' | 'embed';
}

/** What `GET /wp24-helpdesk/v1/settings` takes. */

export interface GetSettingsRequest {}

/** What `GET /wp24-helpdesk/v1/tickets` takes. */

export interface GetTicketsRequest {
	page?: number;
	per_page?: number;
	status?: (
		'new' | 'open' | 'waiting_customer' | 'quote_sent' | 'closed'
	)[];
	priority?: 'normal' | 'urgent';
	type?: 'support' | 'opinion-before-change' | 'one-shot' | 'refund-request';
	coverage?: 'covered' | 'not_covered';
	assignee_id?: number;
	plan_id?: number;
	customer_id?: number;
	search?: string;
	sla_breached?: boolean;
	sla_due_today?: boolean;
	orderby?:
		| 'last_activity'
		| 'created'
		| 'first_response_due'
		| 'priority'
		| 'waiting_since';
	order?: 'asc' | 'desc';
}

/** What `GET /wp24-helpdesk/v1/tickets/{id}` takes. */

export interface GetTicketsItemRequest {
	id?: number;
}

/** What `GET /wp24-helpdesk/v1/tickets/{id}/attachments/{attachment_id}` takes. */

export interface GetTicketsAttachmentsItemRequest {
	id?: number;
	attachment_id?: number;
	/**
	 * A small copy of an image to show in the thread, instead of the download.
	 */
	preview?: boolean;
}

/** What `GET /wp24-helpdesk/v1/tickets/{id}/messages` takes. */

export interface GetTicketsMessagesRequest {
	id?: number;
}

/** What `PATCH /wp24-helpdesk/v1/mailbox` takes. */

export interface PatchMailboxRequest {
	/**
	 * IMAP server host name.
	 */
	host?: string;
	/**
	 * IMAP port (993 for SSL/TLS, 143 for STARTTLS).
	 */
	port?: number;
	/**
	 * Connection encryption.
	 */
	encryption?: 'ssl' | 'tls' | 'none';
	/**
	 * User name of the mailbox.
	 */
	user?: string;
	/**
	 * Folder to read.
	 */
	folder?: string;
	/**
	 * Password; write-only, an empty value keeps the saved one.
	 */
	password?: string;
	/**
	 * Mailgun's HTTP webhook signing key; write-only, an empty value keeps the saved one.
	 */
	mailgun_key?: string;
}

/** What `PATCH /wp24-helpdesk/v1/settings` takes. */

export interface PatchSettingsRequest {
	/**
	 * Timezone of the business hours.
	 */
	timezone?: string;
	/**
	 * Opening hours of each weekday; an empty list means closed.
	 */
	weekly_hours?: {
		monday?: {
			open?: string;
			close?: string;
		}[];
		tuesday?: {
			open?: string;
			close?: string;
		}[];
		wednesday?: {
			open?: string;
			close?: string;
		}[];
		thursday?: {
			open?: string;
			close?: string;
		}[];
		friday?: {
			open?: string;
			close?: string;
		}[];
		saturday?: {
			open?: string;
			close?: string;
		}[];
		sunday?: {
			open?: string;
			close?: string;
		}[];
	};
	/**
	 * Close on Italian national holidays (Easter Monday included).
	 */
	national_holidays?: boolean;
	/**
	 * Extra closed days, such as the patron saint or a summer week.
	 */
	closures?: string[];
	/**
	 * First-response target in business hours for customers without a plan target.
	 */
	default_first_response_hours?: number;
	/**
	 * What the plan table says about VAT beside each price: included, to be added, or nothing.
	 */
	price_vat?: 'included' | 'excluded' | 'none';
	/**
	 * Version of the privacy consent text; stored with every ticket.
	 */
	consent_version?: string;
	/**
	 * Days after closing during which a customer reply reopens the ticket.
	 */
	reopen_days?: number;
	/**
	 * Days after a ticket’s last activity that a guest’s emailed link still opens it; 0 keeps links working.
	 */
	guest_link_days?: number;
	/**
	 * Months after closing that a ticket is kept; then it is deleted with its messages and files, except tickets with a paid quote (kept with the invoice). 0 keeps every ticket.
	 */
	retention_months?: number;
	/**
	 * Largest attachment customers and technicians may upload, in MB.
	 */
	attachment_max_mb?: number;
	/**
	 * What an email from an address without an account does: open a one-shot request as a guest, or get an answer pointing to the ticket form.
	 */
	email_unknown_senders?: 'open' | 'point';
	/**
	 * Words that make an emailed request from a customer with a plan urgent when the subject contains them.
	 */
	email_urgent_words?: string[];
	/**
	 * The support mailbox accepts plus-addresses (assistenza+anything@…): notifications then carry a per-ticket reply address.
	 */
	email_plus_addressing?: boolean;
	/**
	 * Support email address shown to customers; empty until the owner sets it (the site admin address is not published).
	 */
	support_email?: string;
	/**
	 * WhatsApp number for live chat, international format.
	 */
	whatsapp_number?: string;
	/**
	 * Support phone line, shown only to Premium customers and staff.
	 */
	phone_number?: string;
	/**
	 * Days a ticket waits for the customer before it is closed automatically.
	 */
	auto_close_days?: number;
	/**
	 * Hours before the automatic closing when the customer is reminded; 0 sends no reminder.
	 */
	auto_close_reminder_hours?: number;
	/**
	 * Page with the ticket form; "open a new ticket" links lead there.
	 */
	support_page_id?: number;
	/**
	 * Page with the My tickets block; links in emails open tickets there.
	 */
	tickets_page_id?: number;
	/**
	 * Page with the plan table; renewal emails link to it.
	 */
	plans_page_id?: number;
	/**
	 * Addresses that receive staff notifications; empty means the site administrator address.
	 */
	staff_emails?: string[];
	/**
	 * On-call addresses told at once, at any hour, about urgent tickets; empty means the staff addresses.
	 */
	oncall_emails?: string[];
	/**
	 * Which emails are sent; each can be switched off.
	 */
	notifications?: {
		ticket_received?: boolean;
		refund_request_received?: boolean;
		technician_reply?: boolean;
		waiting_reminder?: boolean;
		auto_closed?: boolean;
		quote_sent?: boolean;
		quote_accepted?: boolean;
		quote_expired?: boolean;
		renewal_reminder?: boolean;
		plan_expired?: boolean;
		email_form_pointer?: boolean;
		staff_new_ticket?: boolean;
		staff_urgent_ticket?: boolean;
		staff_customer_reply?: boolean;
		staff_quote_accepted?: boolean;
		staff_renewal_digest?: boolean;
	};
	/**
	 * Answers technicians insert into a reply with one click, editable before sending.
	 */
	saved_replies?: {
		title?: string;
		body?: string;
	}[];
	/**
	 * Remove all helpdesk data when the plugin is deleted.
	 */
	remove_data_on_uninstall?: boolean;
}

/** What `PATCH /wp24-helpdesk/v1/tickets/{id}` takes. */

export interface PatchTicketsItemRequest {
	id?: number;
	status?: 'new' | 'open' | 'waiting_customer' | 'quote_sent' | 'closed';
	close_reason?:
		| 'resolved'
		| 'auto_closed'
		| 'not_covered'
		| 'quote_declined'
		| 'by_customer';
	priority?: 'normal' | 'urgent';
	assignee_id?: number;
	coverage?: 'not_covered';
	coverage_reason?: string;
}

/** What `POST /wp24-helpdesk/v1/entitlements` takes. */

export interface PostEntitlementsRequest {
	user_id: number;
	plan_id: number;
	/**
	 * Length in days; the plan duration when left out.
	 */
	duration_days?: number;
	/**
	 * Why: kept in the log.
	 */
	reason: string;
}

/** What `POST /wp24-helpdesk/v1/entitlements/{id}/contacts` takes. */

export interface PostEntitlementsContactsRequest {
	id?: number;
	/**
	 * How the customer was contacted about the renewal.
	 */
	channel: 'email' | 'phone' | 'whatsapp' | 'in_person' | 'other';
	/**
	 * What came of the contact.
	 */
	outcome:
		'renewing' | 'thinking' | 'not_renewing' | 'no_answer' | 'call_back';
	note?: string;
}

/** What `POST /wp24-helpdesk/v1/entitlements/{id}/extend` takes. */

export interface PostEntitlementsExtendRequest {
	id?: number;
	days: number;
	/**
	 * Why: kept in the log.
	 */
	reason: string;
}

/** What `POST /wp24-helpdesk/v1/entitlements/{id}/revoke` takes. */

export interface PostEntitlementsRevokeRequest {
	id?: number;
	/**
	 * Why: kept in the log.
	 */
	reason: string;
}

/** What `POST /wp24-helpdesk/v1/inbound-email/{service}` takes. */

export interface PostInboundEmailItemRequest {
	service?: 'postmark' | 'mailgun' | 'sendgrid';
}

/** What `POST /wp24-helpdesk/v1/mailbox/test` takes. */

export interface PostMailboxTestRequest {}

/** What `POST /wp24-helpdesk/v1/tickets` takes. */

export interface PostTicketsRequest {
	subject: string;
	message: string;
	type?: 'support' | 'opinion-before-change' | 'one-shot' | 'refund-request';
	priority?: 'normal' | 'urgent';
	service?: string;
	site_url?: string;
	/**
	 * Consent to the processing of personal data; the server records when and which text.
	 */
	consent: boolean;
	/**
	 * Guest name (visitors without an account).
	 */
	name?: string;
	/**
	 * Guest email (visitors without an account).
	 */
	email?: string;
	/**
	 * Leave empty.
	 */
	website?: string;
	/**
	 * When the form was rendered, as the form carries it.
	 */
	started?: string;
	/**
	 * A key the client makes once per submission (the Idempotency-Key header does the same): a retry with it answers with what the first request stored.
	 */
	idempotency_key?: string;
}

/** What `POST /wp24-helpdesk/v1/tickets/{id}/messages` takes. */

export interface PostTicketsMessagesRequest {
	id?: number;
	body: string;
	internal?: boolean;
	/**
	 * Technicians only: the status of the ticket after the reply (a reply cannot set "quote_sent", which sending a quote does; keeping the current status is always allowed). Without it a new or open ticket waits for the customer.
	 */
	status?: 'waiting_customer' | 'open' | 'quote_sent' | 'closed';
	/**
	 * A key the client makes once per submission (the Idempotency-Key header does the same): a retry with it answers with what the first request stored.
	 */
	idempotency_key?: string;
}

/** What `POST /wp24-helpdesk/v1/tickets/{id}/quote` takes. */

export interface PostTicketsQuoteRequest {
	id?: number;
	amount: number;
	currency?: string;
	conditions?: string;
	valid_until: string;
	send?: boolean;
}

/** What `POST /wp24-helpdesk/v1/tickets/{id}/quote/accept` takes. */

export interface PostTicketsQuoteAcceptRequest {
	id?: number;
}

/** What `POST /wp24-helpdesk/v1/tickets/{id}/quote/decline` takes. */

export interface PostTicketsQuoteDeclineRequest {
	id?: number;
}

/** What `POST /wp24-helpdesk/v1/tickets/{id}/viewers` takes. */

export interface PostTicketsViewersRequest {
	id?: number;
}
