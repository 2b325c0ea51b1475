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
import { BaseSite, debugLogTail } from './base-site';
import type { Site, SiteOptions } from './site';

const playground = require( '../../../bin/lib/playground.cjs' );

/**
 * Boots a site on a private copy of `sourceDir`; the copy is removed on close.
 *
 * @param options Where the WordPress comes from and what to mount.
 */
export async function bootPlaygroundSite(
	options: SiteOptions
): Promise< Site > {
	const siteDir = fs.mkdtempSync( path.join( os.tmpdir(), 'wp24-site-' ) );
	playground.copyCore( options.sourceDir, siteDir, { linkCode: true } );
	fs.rmSync( path.join( siteDir, 'wp-content', 'debug.log' ), {
		force: true,
	} );
	// A copy of the lane's template is installed with the plugin active: its boot skips
	// Playground's install check and activation step (about five seconds a file).
	const installed = fs.existsSync(
		path.join( siteDir, 'wp-content', 'database', '.ht.sqlite' )
	);
	const server = await playground.startPlayground( {
		siteDir,
		pluginDir: options.mountPlugin === false ? null : playground.PLUGIN_DIR,
		installMode: installed
			? 'do-not-attempt-installing'
			: 'install-from-existing-files-if-needed',
		mounts: [
			{
				hostPath: path.join( __dirname, '../mu-plugins' ),
				vfsPath: '/wordpress/wp-content/mu-plugins',
			},
			...( options.mounts ?? [] ),
		],
		activate: ! installed && options.mountPlugin !== false,
		defines: options.defines ?? {},
	} );
	const php = async ( code: string ): Promise< string > => {
		try {
			return await playground.runPhp( server, code );
		} catch ( error ) {
			// The fatal error's message is in the debug log, not in the response.
			throw new Error(
				`${ ( error as Error ).message.slice( 0, 300 ) }\n--- debug.log ---\n${ debugLogTail( path.join( siteDir, 'wp-content', 'debug.log' ) ) }`
			);
		}
	};

	const version = ( await php( 'echo get_bloginfo( "version" );' ) ).trim();
	return new PlaygroundSite( server, siteDir, version, php );
}

class PlaygroundSite extends BaseSite {
	readonly backend = 'playground';

	constructor(
		private readonly server: {
			serverUrl: string;
			[ Symbol.asyncDispose ]: () => Promise< void >;
		},
		private readonly siteDir: string,
		wordpressVersion: string,
		php: ( code: string ) => Promise< string >
	) {
		super(
			server.serverUrl,
			path.join( siteDir, 'wp-content', 'debug.log' ),
			wordpressVersion,
			php
		);
	}

	async close(): Promise< void > {
		await this.server[ Symbol.asyncDispose ]();
		fs.rmSync( this.siteDir, { recursive: true, force: true } );
	}
}
