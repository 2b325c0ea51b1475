/**
 * Logs the administrator in once and stores the session for every test.
 */

/**
 * External dependencies
 */
import { request, type FullConfig } from '@playwright/test';

/**
 * WordPress dependencies
 */
import { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

export default async function globalSetup(
	config: FullConfig
): Promise< void > {
	const { baseURL, storageState } = config.projects[ 0 ].use;
	const requestContext = await request.newContext( { baseURL } );
	const requestUtils = new RequestUtils( requestContext, {
		storageStatePath: storageState as string,
	} );
	await requestUtils.setupRest();
	// Store "welcome guide seen" server-side, so no editor load races to show it over the canvas.
	await requestUtils.rest( {
		path: '/wp/v2/users/me',
		method: 'POST',
		data: {
			meta: {
				persisted_preferences: {
					'core/edit-post': {
						welcomeGuide: false,
						welcomeGuideTemplate: false,
					},
					core: { welcomeGuide: false },
					_modified: new Date().toISOString(),
				},
			},
		},
	} );
	await requestContext.dispose();
}
