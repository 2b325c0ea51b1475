/**
 * Gives a test file one booted WordPress with the plugin active, shared by its tests.
 */

/**
 * Internal dependencies
 */
import { bootNativeSite } from './native-site';
import { bootPlaygroundSite } from './playground-site';
import type { Site, SiteOptions } from './site';

/**
 * Boots the site before the file's tests and closes it after; fails the file when the
 * plugin raised any PHP error, warning, notice or deprecation.
 *
 * @return A getter for the booted site.
 */
export function useSite(): () => Site {
	let site: Site | undefined;

	beforeAll( async () => {
		site = await bootSite();
	} );

	afterAll( async () => {
		if ( ! site ) {
			return;
		}
		const errors = site.pluginErrors();
		await site.close();
		if ( errors.length ) {
			throw new Error(
				`The plugin raised PHP errors:\n${ errors.join( '\n' ) }`
			);
		}
	} );

	return () => {
		if ( ! site ) {
			throw new Error(
				'The site is not booted yet; call it inside a test or hook.'
			);
		}
		return site;
	};
}

/**
 * Boots a site from the lane's installed template with the working tree mounted as the plugin.
 *
 * WP-Cron is off on page loads: the tests run the jobs themselves. A cron request spawned by
 * a snippet would otherwise run beside the next one with the cron option it read at start and
 * write it back, undoing what the test just scheduled (seen on the MariaDB lane, whose
 * loopback requests reach the server).
 *
 * @param defines Extra PHP constants.
 */
export function bootSite(
	defines: Record< string, string > = {}
): Promise< Site > {
	const template = process.env.WP24_TEMPLATE_DIR;
	if ( ! template ) {
		throw new Error(
			'WP24_TEMPLATE_DIR is not set: run the tests through tests/integration/jest.config.js.'
		);
	}
	return bootSiteFrom( {
		sourceDir: template,
		defines: { DISABLE_WP_CRON: 'true', ...defines },
	} );
}

/**
 * Boots a site on the lane's backend: WordPress Playground, or native PHP with MariaDB when
 * `WP24_BACKEND=mariadb`.
 *
 * @param options Where the WordPress comes from and what to mount.
 */
export function bootSiteFrom( options: SiteOptions ): Promise< Site > {
	return process.env.WP24_BACKEND === 'mariadb'
		? bootNativeSite( options )
		: bootPlaygroundSite( options );
}
