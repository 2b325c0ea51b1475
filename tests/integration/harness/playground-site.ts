/**
 * The Site interface on WordPress Playground: PHP 8.3 in WebAssembly with SQLite.
 */

/**
 * External dependencies
 */
import fs from 'node:fs';
import os from 'node:os';
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

const playground = require( '../../../bin/lib/playground.cjs' );

export type PlaygroundSiteOptions = {
	/** A WordPress directory to copy (core, or an installed template). */
	sourceDir: string;
	/** Mount the working tree as the plugin and activate it. */
	mountPlugin?: boolean;
	/** Extra `{ hostPath, vfsPath }` mounts. */
	mounts?: Array< { hostPath: string; vfsPath: string } >;
	/** Extra PHP constants, e.g. `{ DISABLE_WP_CRON: 'true' }`. */
	defines?: Record< string, string >;
};

/**
 * Boots a site on a private copy of `sourceDir`; the copy is removed on close.
 *
 * @param options Where the WordPress comes from and what to mount.
 */
export async function bootPlaygroundSite(
	options: PlaygroundSiteOptions
): Promise< Site > {
	const siteDir = fs.mkdtempSync( path.join( os.tmpdir(), 'wp24-site-' ) );
	playground.copyCore( options.sourceDir, siteDir );
	fs.rmSync( path.join( siteDir, 'wp-content', 'debug.log' ), {
		force: true,
	} );
	const server = await playground.startPlayground( {
		siteDir,
		pluginDir: options.mountPlugin === false ? null : playground.PLUGIN_DIR,
		mounts: [
			{
				hostPath: path.join( __dirname, '../mu-plugins' ),
				vfsPath: '/wordpress/wp-content/mu-plugins',
			},
			...( options.mounts ?? [] ),
		],
		activate: options.mountPlugin !== false,
		defines: options.defines ?? {},
	} );
	const php = async ( code: string ): Promise< string > => {
		try {
			return await playground.runPhp( server, code );
		} catch ( error ) {
			// The fatal error's message is in the debug log, not in the response.
			const log = path.join( siteDir, 'wp-content', 'debug.log' );
			const tail = fs.existsSync( log )
				? fs
						.readFileSync( log, 'utf8' )
						.split( '\n' )
						.slice( -15 )
						.join( '\n' )
				: '';
			throw new Error(
				`${ ( error as Error ).message.slice( 0, 300 ) }\n--- debug.log ---\n${ tail }`
			);
		}
	};

	const version = ( await php( 'echo get_bloginfo( "version" );' ) ).trim();
	return new PlaygroundSite( server, siteDir, version, php );
}

let userCounter = 0;

class PlaygroundSite implements Site {
	readonly backend = 'playground';
	readonly url: string;
	private readonly anonymous: HttpClient;

	constructor(
		private readonly server: {
			serverUrl: string;
			[ Symbol.asyncDispose ]: () => Promise< void >;
		},
		private readonly siteDir: string,
		readonly wordpressVersion: string,
		readonly php: ( code: string ) => Promise< string >
	) {
		this.url = server.serverUrl;
		this.anonymous = new HttpClient( this.url );
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
		const log = path.join( this.siteDir, 'wp-content', 'debug.log' );
		if ( ! fs.existsSync( log ) ) {
			return [];
		}
		return fs
			.readFileSync( log, 'utf8' )
			.split( '\n' )
			.filter(
				( line ) =>
					/PHP (Fatal|Parse|Warning|Notice|Deprecated|Strict)/.test(
						line
					) || /E_USER_/.test( line )
			)
			.filter( ( line ) => line.includes( '/plugins/wp24-helpdesk/' ) );
	}

	async close(): Promise< void > {
		await this.server[ Symbol.asyncDispose ]();
		fs.rmSync( this.siteDir, { recursive: true, force: true } );
	}
}
