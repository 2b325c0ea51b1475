/**
 * What the specs of the technicians' app share: its address and the accessibility check.
 */

/**
 * External dependencies
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The technicians' app in wp-admin. */
export const APP = '/wp-admin/admin.php?page=wp24-helpdesk';

/**
 * Accessibility violations inside the app, none expected.
 *
 * @param page Page.
 */
export async function axeViolations( page: Page ) {
	const result = await new AxeBuilder( { page } )
		.include( '#wp24hd-admin-root' )
		.analyze();
	return result.violations.map( ( violation ) => ( {
		id: violation.id,
		nodes: violation.nodes.map( ( node ) => node.target.join( ' ' ) ),
	} ) );
}
