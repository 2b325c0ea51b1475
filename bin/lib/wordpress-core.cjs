/**
 * Provides a complete WordPress core directory for a named version, offline if need be.
 *
 * Order: WP_CORE_DIR; the cache; the official download (short timeout); Debian's
 * `wordpress` package fetched with apt-get into an isolated apt state, extracted with
 * dpkg-deb, its symlinks into other Debian packages resolved, its wp-config.php removed.
 */
const { execFileSync } = require( 'node:child_process' );
const fs = require( 'node:fs' );
const os = require( 'node:os' );
const path = require( 'node:path' );

const AdmZip = require( 'adm-zip' );

const ROOT = path.resolve( __dirname, '../..' );

/** The versions the project names, and the Debian suite that carries each. */
const WORDPRESS_VERSIONS = {
	latest: { download: 'latest', suite: 'sid' },
	minimum: { download: '6.8', suite: 'trixie' },
};

/** Packages the `wordpress` package points its symlinks at, plus the default theme. */
const DEBIAN_PACKAGES = [
	'wordpress',
	'wordpress-theme-twentytwentyfive',
	'php-getid3',
	'libphp-phpmailer',
	'libjs-lodash',
	'libjs-underscore',
	'libjs-jquery-ui',
	'libjs-cropper',
];

/** Where apt reads its sources, in the one-line and the deb822 forms. */
const APT_SOURCES = [ '/etc/apt/sources.list', '/etc/apt/sources.list.d' ];

/**
 * The Debian archive this machine's apt uses, read from its sources as apt-get itself reads them:
 * the first `deb` source of a release suite (no `-security`, `-updates`…) with the `main`
 * component. No archive host is written in this repository.
 *
 * @return {string} The archive's URI.
 */
function debianArchive() {
	const files = APT_SOURCES.flatMap( ( source ) => {
		if ( ! fs.existsSync( source ) ) {
			return [];
		}
		return fs.statSync( source ).isDirectory()
			? fs
					.readdirSync( source )
					.filter( ( name ) => /\.(list|sources)$/.test( name ) )
					.sort()
					.map( ( name ) => path.join( source, name ) )
			: [ source ];
	} );
	const entries = [];
	for ( const file of files ) {
		const text = fs.readFileSync( file, 'utf8' );
		if ( file.endsWith( '.sources' ) ) {
			for ( const block of text.split( /\n\s*\n/ ) ) {
				const field = ( name ) =>
					new RegExp( `^${ name }:\\s*(.+)$`, 'mi' )
						.exec( block )?.[ 1 ]
						.trim() ?? '';
				if ( /^enabled:\s*no/im.test( block ) ) {
					continue;
				}
				for ( const uri of field( 'URIs' ).split( /\s+/ ) ) {
					entries.push( {
						types: field( 'Types' ).split( /\s+/ ),
						uri,
						suites: field( 'Suites' ).split( /\s+/ ),
						components: field( 'Components' ).split( /\s+/ ),
					} );
				}
			}
			continue;
		}
		for ( const line of text.split( '\n' ) ) {
			const match =
				/^\s*(deb)\s+(?:\[[^\]]*\]\s+)?(\S+)\s+(\S+)\s+(.+)$/.exec(
					line
				);
			if ( match ) {
				entries.push( {
					types: [ match[ 1 ] ],
					uri: match[ 2 ],
					suites: [ match[ 3 ] ],
					components: match[ 4 ].trim().split( /\s+/ ),
				} );
			}
		}
	}
	const archive = entries.find(
		( entry ) =>
			entry.types.includes( 'deb' ) &&
			entry.components.includes( 'main' ) &&
			entry.suites.some( ( suite ) => /^[a-z]+$/.test( suite ) ) &&
			/^https?:\/\//.test( entry.uri )
	);
	if ( ! archive ) {
		throw new Error(
			`No Debian archive with a release suite and the main component in the apt sources (${ APT_SOURCES.join( ', ' ) }).`
		);
	}
	return archive.uri.replace( /\/+$/, '' );
}

/** WordPress's own translations installed into every core: the agency's site is Italian. */
const CORE_LOCALES = [ 'it_IT' ];

/**
 * The cache root; `WP24_CACHE_DIR` overrides `<repo>/.wp-cache`.
 */
function cacheRoot() {
	return process.env.WP24_CACHE_DIR || path.join( ROOT, '.wp-cache' );
}

/**
 * Reads `$wp_version` from a core directory, or null when it is not one.
 *
 * @param {string} dir Candidate core directory.
 */
function readCoreVersion( dir ) {
	const file = path.join( dir, 'wp-includes', 'version.php' );
	if ( ! fs.existsSync( file ) ) {
		return null;
	}
	const match = fs
		.readFileSync( file, 'utf8' )
		.match( /\$wp_version\s*=\s*'([^']+)'/ );
	return match ? match[ 1 ] : null;
}

/**
 * Returns `{ dir, version, source }` for a version name (`latest`, `minimum`) or number.
 *
 * @param {string}                                             name      Version name or number.
 * @param {{ log?: (msg: string) => void, refresh?: boolean }} [options] Logger and cache bypass.
 */
async function provisionWordPress( name = 'latest', options = {} ) {
	const log =
		options.log ?? ( ( msg ) => process.stderr.write( msg + '\n' ) );

	if ( process.env.WP_CORE_DIR ) {
		const dir = path.resolve( process.env.WP_CORE_DIR );
		const version = readCoreVersion( dir );
		if ( ! version ) {
			throw new Error(
				`WP_CORE_DIR=${ dir } is not a WordPress core directory.`
			);
		}
		log( `WordPress ${ version } from WP_CORE_DIR (${ dir })` );
		return { dir, version, source: 'WP_CORE_DIR' };
	}

	const spec = WORDPRESS_VERSIONS[ name ] ?? { download: name, suite: null };
	const dir = path.join( cacheRoot(), `wordpress-${ name }` );
	const stamp = path.join( cacheRoot(), `wordpress-${ name }.json` );

	if (
		! options.refresh &&
		fs.existsSync( stamp ) &&
		readCoreVersion( dir )
	) {
		const { source } = JSON.parse( fs.readFileSync( stamp, 'utf8' ) );
		const version = readCoreVersion( dir );
		log(
			`WordPress ${ version } from the cache (${ dir }; first fetched from ${ source })`
		);
		installCoreLanguages( dir, spec.suite, log );
		return { dir, version, source: 'cache' };
	}

	fs.rmSync( dir, { recursive: true, force: true } );
	fs.mkdirSync( cacheRoot(), { recursive: true } );

	let source = await downloadOfficial( spec.download, dir, log );
	if ( ! source ) {
		if ( ! spec.suite ) {
			throw new Error(
				`WordPress ${ name } could not be downloaded and no Debian suite carries it; use latest, minimum or WP_CORE_DIR.`
			);
		}
		source = fetchFromDebian( spec.suite, dir, log );
	}

	const version = readCoreVersion( dir );
	if ( ! version ) {
		throw new Error(
			`The WordPress fetched from ${ source } has no wp-includes/version.php.`
		);
	}
	fs.writeFileSync(
		stamp,
		JSON.stringify(
			{ version, source, fetchedAt: new Date().toISOString() },
			null,
			'\t'
		)
	);
	log( `WordPress ${ version } from ${ source } (cached in ${ dir })` );
	installCoreLanguages( dir, spec.suite, log );
	return { dir, version, source };
}

/**
 * Tries wordpress.org; returns a description of the source, or null when unreachable.
 *
 * @param {string}                download Version for the zip name, or `latest`.
 * @param {string}                dir      Target directory.
 * @param {(msg: string) => void} log      Logger.
 */
async function downloadOfficial( download, dir, log ) {
	const url =
		download === 'latest'
			? 'https://wordpress.org/latest.zip'
			: `https://wordpress.org/wordpress-${ download }.zip`;
	let body;
	try {
		const response = await fetch( url, {
			signal: AbortSignal.timeout( 5000 ),
		} );
		if ( ! response.ok ) {
			log(
				`Official download answered ${ response.status } (${ url }); falling back to Debian.`
			);
			return null;
		}
		body = Buffer.from( await response.arrayBuffer() );
	} catch ( error ) {
		log(
			`Official download unreachable (${ url }: ${ error.cause?.code ?? error.name }); falling back to Debian.`
		);
		return null;
	}
	const staging = fs.mkdtempSync( path.join( os.tmpdir(), 'wp24-zip-' ) );
	new AdmZip( body ).extractAllTo( staging, true );
	fs.renameSync( path.join( staging, 'wordpress' ), dir );
	fs.rmSync( staging, { recursive: true, force: true } );
	return url;
}

/**
 * Builds a core directory from Debian's packages of one suite.
 *
 * @param {string}                suite Debian suite (sid, trixie).
 * @param {string}                dir   Target directory.
 * @param {(msg: string) => void} log   Logger.
 * @return {string} Where the core came from.
 */
function fetchFromDebian( suite, dir, log ) {
	log(
		`Fetching WordPress from Debian ${ suite } (apt-get download into ${ path.join( cacheRoot(), `apt-${ suite }` ) })…`
	);
	const debs = aptDownload( suite, DEBIAN_PACKAGES );
	const stage = fs.mkdtempSync( path.join( os.tmpdir(), 'wp24-deb-' ) );
	const versions = [];
	for ( const file of fs
		.readdirSync( debs )
		.filter( ( f ) => f.endsWith( '.deb' ) ) ) {
		execFileSync( 'dpkg-deb', [ '-x', path.join( debs, file ), stage ] );
		versions.push( file.replace( /_all\.deb$/, '' ) );
	}

	const core = path.join( stage, 'usr/share/wordpress' );
	const unresolved = resolveSymlinks( core, stage );
	for ( const link of unresolved ) {
		log(
			`  left out ${ path.relative( core, link ) } (its Debian target is not packaged here)`
		);
	}
	// Debian's wp-config.php reads /etc/wordpress; Playground writes its own.
	fs.rmSync( path.join( core, 'wp-config.php' ), { force: true } );
	fs.cpSync( core, dir, { recursive: true } );
	fs.rmSync( stage, { recursive: true, force: true } );
	return `Debian ${ suite } (${ versions.filter( ( v ) => v.startsWith( 'wordpress' ) ).join( ', ' ) })`;
}

/**
 * Downloads Debian packages of one suite with apt-get into an isolated apt state in the cache
 * (the machine's own apt configuration is not touched); returns the directory of the .deb files.
 *
 * @param {string}   suite    Debian suite (sid, trixie).
 * @param {string[]} packages Package names.
 */
function aptDownload( suite, packages ) {
	const state = path.join( cacheRoot(), `apt-${ suite }` );
	for ( const sub of [ 'lists/partial', 'cache/archives/partial', 'debs' ] ) {
		fs.mkdirSync( path.join( state, sub ), { recursive: true } );
	}
	fs.writeFileSync(
		path.join( state, 'sources.list' ),
		`deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${ debianArchive() } ${ suite } main\n`
	);
	fs.writeFileSync( path.join( state, 'status' ), '' );
	const aptOptions = [
		`Dir::State=${ state }`,
		`Dir::State::Lists=${ state }/lists`,
		`Dir::State::status=${ state }/status`,
		`Dir::Cache=${ state }/cache`,
		`Dir::Etc::SourceList=${ state }/sources.list`,
		'Dir::Etc::SourceParts=/nonexistent',
		'Acquire::Languages=none',
		'Debug::NoLocking=1',
		...( process.getuid?.() === 0 ? [ 'APT::Sandbox::User=root' ] : [] ),
	].flatMap( ( option ) => [ '-o', option ] );
	execFileSync( 'apt-get', [ ...aptOptions, '-q', 'update' ], {
		stdio: [ 'ignore', 'ignore', 'inherit' ],
	} );
	const debs = path.join( state, 'debs' );
	for ( const file of fs.readdirSync( debs ) ) {
		fs.rmSync( path.join( debs, file ) );
	}
	execFileSync( 'apt-get', [ ...aptOptions, '-q', 'download', ...packages ], {
		cwd: debs,
		stdio: [ 'ignore', 'ignore', 'inherit' ],
	} );
	return debs;
}

/**
 * Puts WordPress's own translations for CORE_LOCALES (it_IT) into a core directory, from Debian's
 * `wordpress-l10n` of the same suite, unless they are there already. WordPress offers a site
 * language only when its files are installed; the plugin brings its own strings in languages/.
 * Offline, the core stays English and says so.
 *
 * @param {string}                dir   Core directory.
 * @param {string|null}           suite Debian suite, or null (then nothing is fetched).
 * @param {(msg: string) => void} log   Logger.
 */
function installCoreLanguages( dir, suite, log ) {
	const target = path.join( dir, 'wp-content', 'languages' );
	const missing = CORE_LOCALES.filter(
		( locale ) => ! fs.existsSync( path.join( target, `${ locale }.mo` ) )
	);
	if ( ! missing.length || ! suite ) {
		return;
	}
	try {
		const debs = aptDownload( suite, [ 'wordpress-l10n' ] );
		const stage = fs.mkdtempSync( path.join( os.tmpdir(), 'wp24-l10n-' ) );
		for ( const file of fs.readdirSync( debs ) ) {
			execFileSync( 'dpkg-deb', [
				'-x',
				path.join( debs, file ),
				stage,
			] );
		}
		const source = path.join(
			stage,
			'usr/share/wordpress/wp-content/languages'
		);
		fs.mkdirSync( target, { recursive: true } );
		for ( const name of fs.readdirSync( source ) ) {
			if ( missing.some( ( locale ) => name.includes( locale ) ) ) {
				fs.cpSync(
					path.join( source, name ),
					path.join( target, name ),
					{
						dereference: true,
					}
				);
			}
		}
		fs.rmSync( stage, { recursive: true, force: true } );
		log(
			`WordPress translations for ${ missing.join( ', ' ) } from Debian ${ suite } (wordpress-l10n)`
		);
	} catch ( error ) {
		log(
			`WordPress translations for ${ missing.join( ', ' ) } could not be fetched (${ error.message.split( '\n' )[ 0 ] }); the site stays in English.`
		);
	}
}

/**
 * Replaces every symlink under `dir` by a copy of what it points to inside `stage`.
 *
 * Absolute targets are read inside the extracted packages first, then on this machine
 * (the CA bundle). Returns the links whose target exists nowhere; they are removed.
 *
 * @param {string} dir   Directory to walk.
 * @param {string} stage Root the packages were extracted into.
 * @return {string[]} Removed links.
 */
function resolveSymlinks( dir, stage ) {
	const unresolved = [];
	const walk = ( current ) => {
		for ( const entry of fs.readdirSync( current, {
			withFileTypes: true,
		} ) ) {
			const full = path.join( current, entry.name );
			if ( entry.isSymbolicLink() ) {
				const target = followInStage( full, stage );
				fs.rmSync( full, { force: true } );
				if ( target ) {
					fs.cpSync( target, full, {
						recursive: true,
						dereference: true,
					} );
				} else {
					unresolved.push( full );
				}
			} else if ( entry.isDirectory() ) {
				walk( full );
			}
		}
	};
	walk( dir );
	return unresolved;
}

/**
 * Follows a chain of links, reading absolute targets relative to the stage root.
 *
 * @param {string} link  Symlink path.
 * @param {string} stage Extraction root.
 * @return {string|null} A real path, or null.
 */
function followInStage( link, stage ) {
	let current = link;
	for ( let hop = 0; hop < 16; hop++ ) {
		let stat;
		try {
			stat = fs.lstatSync( current );
		} catch {
			return null;
		}
		if ( ! stat.isSymbolicLink() ) {
			return current;
		}
		const target = fs.readlinkSync( current );
		if ( path.isAbsolute( target ) ) {
			const inStage = path.join( stage, target );
			if ( fs.existsSync( inStage ) || isLink( inStage ) ) {
				current = inStage;
			} else if ( fs.existsSync( target ) ) {
				return fs.realpathSync( target );
			} else {
				return null;
			}
		} else {
			current = path.resolve( path.dirname( current ), target );
		}
	}
	return null;
}

/**
 * @param {string} p Path.
 */
function isLink( p ) {
	try {
		return fs.lstatSync( p ).isSymbolicLink();
	} catch {
		return false;
	}
}

module.exports = {
	WORDPRESS_VERSIONS,
	cacheRoot,
	readCoreVersion,
	provisionWordPress,
	resolveSymlinks,
};
