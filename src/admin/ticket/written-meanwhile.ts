/**
 * Internal dependencies
 */
import type { Message } from '../types';

/**
 * Messages added after the ones the technician had on screen when they started writing.
 *
 * @param seen   Last message id on screen when writing started.
 * @param latest Thread read just now.
 */
export function writtenMeanwhile( seen: number, latest: Message[] ): Message[] {
	return latest.filter(
		( message ) => message.id > seen && message.author_role !== 'system'
	);
}
