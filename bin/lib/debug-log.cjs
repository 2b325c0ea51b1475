/**
 * Reading a site's debug.log for error messages (both backends write one in wp-content/).
 */
const fs = require( 'node:fs' );

/**
 * The last lines of a debug log, or '' when there is none.
 *
 * @param {string} log   Host path of debug.log.
 * @param {number} lines How many lines.
 * @return {string} The lines.
 */
function debugLogTail( log, lines = 15 ) {
	return fs.existsSync( log )
		? fs
				.readFileSync( log, 'utf8' )
				.split( '\n' )
				.slice( -lines )
				.join( '\n' )
		: '';
}

module.exports = { debugLogTail };
