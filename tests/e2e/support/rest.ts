/**
 * External dependencies
 */
import type { Page } from '@playwright/test';

/**
 * A REST call with the logged-in user's cookie and nonce, from the page.
 *
 * @param page   Page in wp-admin.
 * @param path   Route under /wp-json.
 * @param method HTTP method.
 * @param data   JSON body.
 */
export async function rest(
	page: Page,
	path: string,
	method = 'GET',
	data?: object
) {
	return page.evaluate(
		async ( [ route, verb, body ] ) => {
			const settings = ( window as any ).wpApiSettings;
			const nonce =
				settings?.nonce ??
				( window as any ).wp?.apiFetch?.nonceMiddleware?.nonce ??
				( window as any ).wp24hdAdmin?.restNonce;
			const response = await fetch(
				`/?rest_route=${ encodeURIComponent( route as string ) }`,
				{
					method: verb as string,
					headers: {
						'X-WP-Nonce': nonce ?? '',
						'Content-Type': 'application/json',
					},
					body: body ? JSON.stringify( body ) : undefined,
					credentials: 'same-origin',
				}
			);
			return { status: response.status, body: await response.json() };
		},
		[ path, method, data ] as const
	);
}
