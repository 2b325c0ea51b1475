/**
 * External dependencies
 */
import type { Locator } from '@playwright/test';

/**
 * Waits until the ticket form is as old as intake wants a person's post to be (the signed render
 * time in its `started` field, plus a margin), so the test posts at a person's pace instead of a
 * bot's. Intake drops faster posts silently (`Form_Timer`, 3 seconds by default).
 *
 * @param form The ticket form block.
 */
export async function atHumanPace( form: Locator ) {
	await form
		.locator( 'input[name="wp24hd_started"]' )
		.evaluate(
			( input: HTMLInputElement ) =>
				new Promise( ( resolve ) =>
					setTimeout(
						resolve,
						Math.max(
							0,
							( Number( input.value.split( '.' )[ 0 ] ) + 3.5 ) *
								1000 -
								Date.now()
						)
					)
				)
		);
}
