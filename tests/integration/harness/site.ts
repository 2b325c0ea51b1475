/**
 * The interface every integration test talks to, whatever runs WordPress behind it.
 *
 * Two backends implement it: WordPress Playground (PHP in WebAssembly, SQLite; the default) and
 * native PHP with MariaDB (`WP24_BACKEND=mariadb`, the production-parity lane).
 */

/** How to boot a site. */
export type SiteOptions = {
	/** A WordPress directory to copy (core, or an installed template). */
	sourceDir: string;
	/** Mount the working tree as the plugin and activate it. */
	mountPlugin?: boolean;
	/** Extra `{ hostPath, vfsPath }` mounts. */
	mounts?: Array< { hostPath: string; vfsPath: string } >;
	/** Extra PHP constants, e.g. `{ DISABLE_WP_CRON: 'true' }`. */
	defines?: Record< string, string >;
};

export type RequestOptions = {
	method?: string;
	/** Sent as JSON. */
	json?: unknown;
	/** Sent as application/x-www-form-urlencoded. */
	form?: Record< string, string >;
	/** Sent as multipart/form-data (file uploads). */
	multipart?: FormData;
	/** Sent byte for byte (give its Content-Type in `headers`): for bodies no encoder would produce. */
	raw?: Uint8Array;
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
	/** The path PHP sees for a mount's `vfsPath`. */
	pathInSite: ( mountedPath: string ) => string;
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
