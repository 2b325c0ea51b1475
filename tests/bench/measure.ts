/**
 * Timing helpers of the benchmark: medians of repeated runs, with min and max.
 */

export type Sample = { median: number; min: number; max: number };

/**
 * Median, min and max of numbers.
 *
 * @param values Measurements.
 */
export function summarise( values: number[] ): Sample {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	const middle = Math.floor( sorted.length / 2 );
	return {
		median:
			sorted.length % 2
				? sorted[ middle ]
				: ( sorted[ middle - 1 ] + sorted[ middle ] ) / 2,
		min: sorted[ 0 ],
		max: sorted[ sorted.length - 1 ],
	};
}

export type Run = { ms: number; queries: number };

/**
 * Times one request: its milliseconds and the plugin queries it reported.
 * A refused request stops the benchmark.
 *
 * @param request The request; resolves to its response headers.
 */
export async function timed(
	request: () => Promise< { status: number; headers: Headers; text: string } >
): Promise< Run > {
	const start = performance.now();
	const response = await request();
	// A refused request measures nothing: stop the run rather than print a figure for it.
	if ( response.status >= 400 ) {
		throw new Error(
			`The benchmark request failed (${ response.status }): ${ response.text.slice( 0, 300 ) }`
		);
	}
	return {
		ms: performance.now() - start,
		queries: Number( response.headers.get( 'x-wp24-plugin-queries' ) ?? 0 ),
	};
}

/**
 * Runs `run` `times` times (after one warm-up) and summarises its milliseconds and query counts.
 *
 * @param times How many measured runs.
 * @param run   One run, timing itself (so set-up it needs stays out of the figure).
 */
export async function repeat(
	times: number,
	run: () => Promise< Run >
): Promise< { ms: Sample; queries: Sample } > {
	await run();
	const runs: Run[] = [];
	for ( let i = 0; i < times; i++ ) {
		runs.push( await run() );
	}
	return {
		ms: summarise( runs.map( ( one ) => one.ms ) ),
		queries: summarise( runs.map( ( one ) => one.queries ) ),
	};
}

/**
 * A sample as "median (min–max)".
 *
 * @param sample Sample.
 * @param unit   Unit suffix.
 */
export function show( sample: Sample, unit = 'ms' ): string {
	const round = ( value: number ) => Math.round( value * 10 ) / 10;
	return `${ round( sample.median ) } ${ unit } (${ round( sample.min ) }–${ round( sample.max ) })`;
}
