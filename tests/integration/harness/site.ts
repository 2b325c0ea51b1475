/**
 * The interface every integration test talks to, whatever runs WordPress behind it.
 *
 * The Playground backend implements it today; a native PHP + MariaDB backend can be
 * added behind the same interface without touching the tests.
 */

export type RequestOptions = {
	method?: string;
	/** Sent as JSON. */
	json?: unknown;
	/** Sent as application/x-www-form-urlencoded. */
	form?: Record< string, string >;
	/** Sent as multipart/form-data (file uploads). */
	multipart?: FormData;
	headers?: Record< string, string >;
};

export type HttpResponse = {
	status: number;
	headers: Headers;
	text: string;
	/** The body parsed as JSON; throws with the body when it is not JSON. */
	json: < T = any >() => T;
};

/** A logged-in browser-like client: cookies plus the REST nonce. */
export interface Session {
	readonly login: string;
	readonly nonce: string;
	/** Any URL path on the site, with the session's cookies. */
	request: (
		path: string,
		options?: RequestOptions
	) => Promise< HttpResponse >;
	/** A REST route (`/wp24-helpdesk/v1/plans`), with cookies and the nonce. */
	rest: (
		route: string,
		options?: RequestOptions
	) => Promise< HttpResponse >;
}

export type CreatedUser = {
	id: number;
	login: string;
	password: string;
};

export interface Site {
	/** Which runtime serves it, e.g. `playground`. */
	readonly backend: string;
	readonly url: string;
	readonly wordpressVersion: string;
	/** Anonymous request to any URL path. */
	request: (
		path: string,
		options?: RequestOptions
	) => Promise< HttpResponse >;
	/** Anonymous REST request. */
	rest: (
		route: string,
		options?: RequestOptions
	) => Promise< HttpResponse >;
	/** Runs PHP (no opening tag) with WordPress loaded; returns what it printed. */
	php: ( code: string ) => Promise< string >;
	/** Runs PHP and parses what it printed as JSON. */
	phpJson: < T = any >( code: string ) => Promise< T >;
	/** Logs in through wp-login.php like a browser. */
	loginAs: ( login: string, password: string ) => Promise< Session >;
	/** Creates a user with a role and a known password. */
	createUser: ( role: string, login?: string ) => Promise< CreatedUser >;
	/** PHP errors, warnings, notices and deprecations raised from the plugin's files so far. */
	pluginErrors: () => string[];
	close: () => Promise< void >;
}
