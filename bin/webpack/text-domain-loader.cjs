/**
 * Webpack loader: the bundled copy of a WordPress package translates in the plugin's text domain
 * (options.domain), so its strings reach the plugin's catalogue. See bin/lib/text-domain.cjs.
 */
const { withTextDomain } = require( '../lib/text-domain.cjs' );

/**
 * @param {string} source Module source.
 */
module.exports = function textDomainLoader( source ) {
	return withTextDomain( source, this.getOptions().domain );
};
