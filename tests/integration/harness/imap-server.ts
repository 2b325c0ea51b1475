/**
 * A throwaway IMAP server from Debian's `dovecot-imapd`, for the mailbox tests: its own
 * configuration, user and mail directory under a temporary directory, a private port on
 * 127.0.0.1, no system service touched, removed when stopped. Mail is delivered into it with
 * `doveadm save`, as a mail server would.
 */

/**
 * External dependencies
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const playground = require( '../../../bin/lib/playground.cjs' );

const DOVECOT = '/usr/sbin/dovecot';

/** Why the IMAP lane cannot run here, or null when it can. */
export function imapUnavailable(): string | null {
	if ( ! fs.existsSync( DOVECOT ) ) {
		return "Debian's dovecot-imapd is not installed (apt-get install dovecot-imapd php-imap; .ci/run installs them)";
	}
	const modules = execFileSync( 'php', [ '-m' ], { encoding: 'utf8' } );
	if ( ! /^imap$/m.test( modules ) ) {
		return "PHP's imap extension is not installed (apt-get install php-imap)";
	}
	return null;
}

export type ImapServer = {
	port: number;
	user: string;
	password: string;
	/** Delivers a raw message into the inbox. */
	deliver: ( raw: string ) => void;
	/** Each message's flags and keywords, by Message-ID (\\Recent left out: any session clears it). */
	flags: () => Record< string, string >;
	stop: () => Promise< void >;
};

/**
 * Waits until something listens on the port.
 *
 * @param port TCP port.
 */
async function listening( port: number ): Promise< void > {
	for ( let attempt = 0; attempt < 100; attempt++ ) {
		const open = await new Promise< boolean >( ( resolve ) => {
			const socket = net.connect( port, '127.0.0.1' );
			socket.once( 'connect', () => {
				socket.destroy();
				resolve( true );
			} );
			socket.once( 'error', () => resolve( false ) );
		} );
		if ( open ) {
			return;
		}
		await new Promise( ( resolve ) => setTimeout( resolve, 100 ) );
	}
	throw new Error( `dovecot did not listen on port ${ port }` );
}

/** Starts the server. */
export async function startImapServer(): Promise< ImapServer > {
	const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'wp24-imap-' ) );
	const port: number = await playground.freePort();
	const user = 'support';
	const password = 'mailbox-secret-1';
	// Mail is never owned by root (dovecot refuses it): the unprivileged `nobody` owns it.
	const uid = Number(
		execFileSync( 'id', [ '-u', 'nobody' ], { encoding: 'utf8' } )
	);
	const gid = Number(
		execFileSync( 'id', [ '-g', 'nobody' ], { encoding: 'utf8' } )
	);
	const home = path.join( dir, 'home', user );
	fs.mkdirSync( home, { recursive: true } );
	fs.mkdirSync( path.join( dir, 'run' ) );
	fs.chmodSync( dir, 0o755 );
	execFileSync( 'chown', [
		'-R',
		`${ uid }:${ gid }`,
		path.join( dir, 'home' ),
	] );
	fs.writeFileSync(
		path.join( dir, 'users' ),
		`${ user }:{PLAIN}${ password }:${ uid }:${ gid }::${ home }::\n`
	);
	const conf = path.join( dir, 'dovecot.conf' );
	fs.writeFileSync(
		conf,
		[
			`base_dir = ${ dir }/run`,
			`log_path = ${ dir }/dovecot.log`,
			'protocols = imap',
			'listen = 127.0.0.1',
			'ssl = no',
			'disable_plaintext_auth = no',
			'auth_mechanisms = plain login',
			`first_valid_uid = ${ Math.min( uid, 500 ) }`,
			`mail_location = maildir:${ home }/Maildir`,
			'passdb {',
			'  driver = passwd-file',
			`  args = scheme=PLAIN username_format=%u ${ dir }/users`,
			'}',
			'userdb {',
			'  driver = passwd-file',
			`  args = username_format=%u ${ dir }/users`,
			'}',
			'service imap-login {',
			'  inet_listener imap {',
			`    port = ${ port }`,
			'  }',
			'  inet_listener imaps {',
			'    port = 0',
			'  }',
			'}',
			'',
		].join( '\n' )
	);
	const server: ChildProcess = spawn( DOVECOT, [ '-F', '-c', conf ], {
		stdio: 'ignore',
	} );
	await listening( port );
	const doveadm = ( args: string[], input?: string ) =>
		execFileSync( 'doveadm', [ '-c', conf, ...args ], {
			input,
			encoding: 'utf8',
		} );
	return {
		port,
		user,
		password,
		deliver: ( raw ) =>
			void doveadm( [ 'save', '-u', user, '-m', 'INBOX' ], raw ),
		flags: () => {
			const out = doveadm( [
				'-f',
				'tab',
				'fetch',
				'-u',
				user,
				'hdr.message-id flags',
				'mailbox',
				'INBOX',
			] );
			const rows = out.trim().split( '\n' ).slice( 1 );
			return Object.fromEntries(
				rows.map( ( row ) => {
					const [ id, flags ] = row.split( '\t' );
					return [
						id.trim(),
						( flags ?? '' )
							.split( ' ' )
							.filter( ( flag ) => flag && flag !== '\\Recent' )
							.join( ' ' ),
					];
				} )
			);
		},
		stop: async () => {
			server.kill( 'SIGTERM' );
			await new Promise( ( resolve ) => server.once( 'exit', resolve ) );
			fs.rmSync( dir, { recursive: true, force: true } );
		},
	};
}
