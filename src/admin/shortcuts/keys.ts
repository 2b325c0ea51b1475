/**
 * The app's keyboard shortcuts: which key a keydown means, and what each one does, in words.
 *
 * Our own few lines rather than a package: @wordpress/keyboard-shortcuts needs a registered
 * store and provider, and the rule that matters here — never while typing — is one test away.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/** Keys the app answers to. */
export type ShortcutKey = '?' | 'j' | 'k' | 'r' | 'n' | 's' | 'Escape';

const KEYS: ShortcutKey[] = [ '?', 'j', 'k', 'r', 'n', 's', 'Escape' ];

/**
 * Whether an element takes typing (a field, a select, an editable area), so keys are text there.
 *
 * @param target Event target.
 */
export function isTypingTarget( target: EventTarget | null ): boolean {
	if ( ! target || ! ( target as Element ).tagName ) {
		return false;
	}
	const element = target as HTMLElement;
	const tag = element.tagName.toLowerCase();
	return (
		tag === 'input' ||
		tag === 'textarea' ||
		tag === 'select' ||
		element.isContentEditable ||
		element.closest?.( '[contenteditable="true"]' ) !== null
	);
}

/**
 * The shortcut a keydown means, or null: never while typing in a field, never with Ctrl, Alt
 * or Meta (the browser's and the screen reader's own keys), never inside an open dialog.
 *
 * @param event Keydown.
 */
export function shortcutKey(
	event: Pick<
		KeyboardEvent,
		'key' | 'target' | 'ctrlKey' | 'altKey' | 'metaKey' | 'defaultPrevented'
	>
): ShortcutKey | null {
	if (
		event.defaultPrevented ||
		event.ctrlKey ||
		event.altKey ||
		event.metaKey ||
		isTypingTarget( event.target )
	) {
		return null;
	}
	// A dialog or an open menu has keys of its own (Esc closes it, letters pick items).
	if (
		( event.target as Element | null )?.closest?.(
			'[role="dialog"], [role="menu"], .components-popover'
		)
	) {
		return null;
	}
	return KEYS.includes( event.key as ShortcutKey )
		? ( event.key as ShortcutKey )
		: null;
}

/**
 * The index focus moves to among `count` rows: down with `j`, up with `k`, starting from the
 * first row when none has focus, stopping at either end.
 *
 * @param current Index of the row with focus, or -1.
 * @param step    +1 (j) or -1 (k).
 * @param count   Rows.
 */
export function nextIndex(
	current: number,
	step: 1 | -1,
	count: number
): number {
	if ( count === 0 ) {
		return -1;
	}
	if ( current < 0 ) {
		return step > 0 ? 0 : count - 1;
	}
	return Math.min( count - 1, Math.max( 0, current + step ) );
}

/**
 * The shortcuts as the help lists them.
 */
export function shortcutList(): Array< { keys: string; does: string } > {
	return [
		{ keys: '?', does: __( 'Show these shortcuts', 'wp24-helpdesk' ) },
		{
			keys: 'j / k',
			does: __( 'Next / previous ticket in the queue', 'wp24-helpdesk' ),
		},
		{ keys: 'Enter', does: __( 'Open the ticket', 'wp24-helpdesk' ) },
		{ keys: 'r', does: __( 'Reply to the customer', 'wp24-helpdesk' ) },
		{ keys: 'n', does: __( 'Write an internal note', 'wp24-helpdesk' ) },
		{ keys: 's', does: __( 'Change the status', 'wp24-helpdesk' ) },
		{ keys: 'Esc', does: __( 'Back to the queue', 'wp24-helpdesk' ) },
	];
}
