/**
 * What every backend's Site does the same way once it has a URL and a way to run PHP:
 * HTTP clients, logins, users and the plugin's PHP errors from the debug log.
 */

/**
 * External dependencies
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Internal dependencies
 */
import { HttpClient, restPath } from './http-client';
import type {
	CreatedUser,
	HttpResponse,
	RequestOptions,
	Session,
	Site,
} from './site';

const PLUGIN_DIR = path.resolve( __dirname, '../../..' );

let userCounter = 0;

export abstract class BaseSite implements Site {
	abstract readonly backend: string;
	private readonly anonymous: HttpClient;

	/**
	 * @param url              The site's address.
	 * @param debugLog         Host path of the site's debug.log.
	 * @param wordpressVersion The running WordPress version.
	 * @param php              Runs PHP with WordPress loaded.
	 */
	constructor(
		readonly url: string,
		private readonly debugLog: string,
		readonly wordpressVersion: string,
		readonly php: ( code: string ) => Promise< string >
	) {
		this.anonymous = new HttpClient( url );
	}

	abstract close(): Promise< void >;

	/**
	 * The path PHP sees for a mounted path; mounts are at their own path unless a backend
	 * maps them.
	 *
	 * @param mountedPath A mount's `vfsPath` (or a path below it).
	 */
	pathInSite( mountedPath: string ): string {
		return mountedPath;
	}

	request(
		requestPath: string,
		options?: RequestOptions
	): Promise< HttpResponse > {
		return this.anonymous.request( requestPath, options );
	}

	rest( route: string, options?: RequestOptions ): Promise< HttpResponse > {
		return this.anonymous.request( restPath( route ), options );
	}

	async phpJson< T = any >( code: string ): Promise< T > {
		const out = await this.php( code );
		try {
			return JSON.parse( out ) as T;
		} catch {
			throw new Error(
				`PHP did not print JSON: ${ out.slice( 0, 1000 ) }`
			);
		}
	}

	async loginAs( login: string, password: string ): Promise< Session > {
		const client = new HttpClient( this.url );
		client.setCookie( 'wordpress_test_cookie', 'WP%20Cookie%20check' );
		const response = await client.request( '/wp-login.php', {
			form: {
				log: login,
				pwd: password,
				'wp-submit': 'Log In',
				testcookie: '1',
			},
		} );
		if ( response.status !== 302 ) {
			throw new Error(
				`Login as ${ login } failed with status ${ response.status }.`
			);
		}
		const nonceResponse = await client.request(
			'/wp-admin/admin-ajax.php?action=rest-nonce'
		);
		if (
			nonceResponse.status !== 200 ||
			! /^[a-f0-9]{10}$/.test( nonceResponse.text )
		) {
			throw new Error(
				`No REST nonce for ${ login }: ${ nonceResponse.status } ${ nonceResponse.text }`
			);
		}
		const nonce = nonceResponse.text;
		return {
			login,
			nonce,
			request: ( p, o ) => client.request( p, o ),
			rest: ( route, o = {} ) =>
				client.request( restPath( route ), {
					...o,
					headers: { 'X-WP-Nonce': nonce, ...o.headers },
				} ),
		};
	}

	async createUser( role: string, login?: string ): Promise< CreatedUser > {
		const name =
			login ??
			`${ role.replace( /[^a-z0-9]/gi, '' ) }${ ++userCounter }${ Date.now() % 100000 }`;
		const password = `pw-${ name }-${ Math.random().toString( 36 ).slice( 2 ) }`;
		const id = Number(
			await this.php( `
				$id = wp_insert_user( array(
					'user_login' => ${ JSON.stringify( name ) },
					'user_pass'  => ${ JSON.stringify( password ) },
					'user_email' => ${ JSON.stringify( `${ name }@example.test` ) },
					'role'       => ${ JSON.stringify( role ) },
				) );
				echo is_wp_error( $id ) ? 0 : $id;
			` )
		);
		if ( ! id ) {
			throw new Error(
				`Could not create user ${ name } with role ${ role }.`
			);
		}
		return { id, login: name, password };
	}

	pluginErrors(): string[] {
		if ( ! fs.existsSync( this.debugLog ) ) {
			return [];
		}
		return fs
			.readFileSync( this.debugLog, 'utf8' )
			.split( '\n' )
			.filter(
				( line ) =>
					/PHP (Fatal|Parse|Warning|Notice|Deprecated|Strict)/.test(
						line
					) || /E_USER_/.test( line )
			)
			.filter(
				( line ) =>
					line.includes( '/plugins/wp24-helpdesk/' ) ||
					// A linked plugin reports its real path.
					line.includes( `${ PLUGIN_DIR }/` )
			);
	}
}

/** The last lines of a debug log, for error messages (shared with the native backend's PHP runner). */
export const debugLogTail: ( log: string ) => string =
	require( '../../../bin/lib/debug-log.cjs' ).debugLogTail;
