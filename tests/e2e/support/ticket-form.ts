/**
 * Filling the ticket form block the way a person does, by its visible labels.
 */

/**
 * External dependencies
 */
import type { Locator } from '@playwright/test';

/** The support page the demo data puts the ticket form on. */
export const SUPPORT_PAGE = '/?pagename=support';

/**
 * Types the request and gives consent; name and email only where the form asks (visitors).
 *
 * @param form            The ticket form block.
 * @param request         What the person types.
 * @param request.name    Name (visitors).
 * @param request.email   Email (visitors).
 * @param request.subject Subject.
 * @param request.problem Description.
 */
export async function fillTicketForm(
	form: Locator,
	request: { name?: string; email?: string; subject: string; problem: string }
) {
	if ( undefined !== request.name ) {
		await form.getByLabel( 'Your name' ).fill( request.name );
	}
	if ( undefined !== request.email ) {
		await form.getByLabel( 'Your email' ).fill( request.email );
	}
	await form.getByLabel( 'Subject' ).fill( request.subject );
	await form.getByLabel( 'Describe the problem' ).fill( request.problem );
	await form
		.getByLabel( /agree to the processing of my personal data/ )
		.check();
}
