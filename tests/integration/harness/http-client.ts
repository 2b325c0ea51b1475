/**
 * A small HTTP client with a cookie jar, so tests behave like a browser without one.
 */

/**
 * Internal dependencies
 */
import type { HttpResponse, RequestOptions } from './site';

export class HttpClient {
	private readonly cookies = new Map< string, string >();

	constructor(
		private readonly baseUrl: string,
		private readonly defaultHeaders: Record< string, string > = {}
	) {}

	/**
	 * Sends a request; redirects are returned, not followed, so tests can assert them.
	 *
	 * @param path    Path and query, starting with `/`.
	 * @param options Method, body and headers.
	 */
	async request(
		path: string,
		options: RequestOptions = {}
	): Promise< HttpResponse > {
		const headers: Record< string, string > = {
			...this.defaultHeaders,
			...options.headers,
		};
		let body: string | FormData | Uint8Array< ArrayBuffer > | undefined;
		if ( options.json !== undefined ) {
			headers[ 'Content-Type' ] = 'application/json';
			body = JSON.stringify( options.json );
		} else if ( options.multipart ) {
			// fetch sets the multipart boundary itself.
			body = options.multipart;
		} else if ( options.raw ) {
			// A copy over its own ArrayBuffer, the body type fetch accepts.
			body = new Uint8Array( options.raw );
		} else if ( options.form ) {
			headers[ 'Content-Type' ] = 'application/x-www-form-urlencoded';
			body = new URLSearchParams( options.form ).toString();
		}
		if ( this.cookies.size ) {
			headers.Cookie = [ ...this.cookies ]
				.map( ( [ k, v ] ) => `${ k }=${ v }` )
				.join( '; ' );
		}
		const response = await fetch( this.baseUrl + path, {
			method: options.method ?? ( body === undefined ? 'GET' : 'POST' ),
			headers,
			body,
			redirect: 'manual',
		} );
		for ( const cookie of response.headers.getSetCookie() ) {
			const [ pair ] = cookie.split( ';' );
			const eq = pair.indexOf( '=' );
			const name = pair.slice( 0, eq ).trim();
			const value = pair.slice( eq + 1 ).trim();
			if (
				value === '' ||
				value === 'deleted' ||
				/expires=Thu, 01[- ]Jan[- ]1970/i.test( cookie )
			) {
				this.cookies.delete( name );
			} else {
				this.cookies.set( name, value );
			}
		}
		const text = await response.text();
		return {
			status: response.status,
			headers: response.headers,
			text,
			json: () => {
				try {
					return JSON.parse( text );
				} catch {
					throw new Error(
						`Expected JSON from ${ path }, got ${ response.status }: ${ text.slice( 0, 500 ) }`
					);
				}
			},
		};
	}

	/**
	 * Sets a cookie by hand (WordPress's login test cookie).
	 *
	 * @param name  Cookie name.
	 * @param value Cookie value.
	 */
	setCookie( name: string, value: string ): void {
		this.cookies.set( name, value );
	}
}

/**
 * The path of a REST route that works with and without pretty permalinks.
 *
 * @param route Route such as `/wp24-helpdesk/v1/plans?per_page=5`.
 */
export function restPath( route: string ): string {
	const [ pathPart, query ] = route.split( '?' );
	return `/?rest_route=${ encodeURI( pathPart ) }${ query ? `&${ query }` : '' }`;
}
