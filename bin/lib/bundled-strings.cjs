/**
 * The bundled package files whose strings the plugin translates (absolute paths, as webpack
 * resolves them): the admin app's copy of @wordpress/dataviews.
 */
const path = require( 'node:path' );

const ROOT = path.resolve( __dirname, '../..' );

const FILES = [
	require.resolve( '@wordpress/dataviews/wp', { paths: [ ROOT ] } ),
];

module.exports = { FILES };
