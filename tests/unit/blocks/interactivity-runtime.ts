/**
 * A stand-in for the two functions of @wordpress/interactivity the blocks' stores use, so a store
 * can be driven in jsdom as the runtime drives it: actions and callbacks are generators whose
 * yielded promises are resolved step by step, with the element's context as a plain object.
 */

export type Definition = {
	state: Record< string, any >;
	actions: Record< string, ( event?: any ) => any >;
	callbacks: Record< string, () => any >;
};

export const runtime: {
	definition?: Definition;
	context?: Record< string, any >;
} = {};

/**
 * The module jest serves for `@wordpress/interactivity` (which ships ES modules only).
 */
export function fakeInteractivity() {
	return {
		store: ( _namespace: string, definition: Definition ) => {
			runtime.definition = definition;
			return { state: definition.state };
		},
		getContext: () => runtime.context,
	};
}

/**
 * Runs an action or callback to its end, resolving what it yields.
 *
 * @param step The generator.
 */
export async function drive( step: Generator< unknown, void, unknown > ) {
	let next = step.next();
	while ( ! next.done ) {
		try {
			next = step.next( await next.value );
		} catch ( error ) {
			next = step.throw( error );
		}
	}
}

/**
 * An answer of the REST API, as `fetch` resolves it.
 *
 * @param status HTTP status.
 * @param body   JSON body.
 */
export const answer = ( status: number, body: unknown ) =>
	Promise.resolve( {
		ok: status < 400,
		status,
		json: () => Promise.resolve( body ),
	} );
