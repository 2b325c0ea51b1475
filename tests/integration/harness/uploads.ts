/**
 * Files for upload tests: a real image and a multipart form like the browser sends.
 */

/** A valid 1×1 PNG. */
export const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
	'base64'
);

/**
 * A valid PNG of the given size (grey pixels), for previews that must be scaled down.
 *
 * @param width  Pixels across.
 * @param height Pixels down.
 */
export function pngOfSize( width: number, height: number ): Buffer {
	const zlib = require( 'node:zlib' );
	const chunk = ( type: string, data: Buffer ) => {
		const body = Buffer.concat( [ Buffer.from( type, 'latin1' ), data ] );
		const length = Buffer.alloc( 4 );
		length.writeUInt32BE( data.length );
		const crc = Buffer.alloc( 4 );
		crc.writeUInt32BE( zlib.crc32( body ) );
		return Buffer.concat( [ length, body, crc ] );
	};
	const header = Buffer.alloc( 13 );
	header.writeUInt32BE( width, 0 );
	header.writeUInt32BE( height, 4 );
	header[ 8 ] = 8; // bit depth
	header[ 9 ] = 2; // RGB
	const row = Buffer.alloc( 1 + width * 3, 0x80 );
	row[ 0 ] = 0; // no filter
	const pixels = Buffer.concat( Array( height ).fill( row ) );
	return Buffer.concat( [
		Buffer.from( '89504e470d0a1a0a', 'hex' ),
		chunk( 'IHDR', header ),
		chunk( 'IDAT', zlib.deflateSync( pixels ) ),
		chunk( 'IEND', Buffer.alloc( 0 ) ),
	] );
}

/**
 * A reply with files, as `multipart/form-data` (`body` plus `files[]`).
 *
 * @param entries File names and contents.
 */
export function uploadForm(
	...entries: Array< [ string, Buffer | string ] >
): FormData {
	const form = new FormData();
	form.append( 'body', 'Please see the attached files.' );
	for ( const [ name, content ] of entries ) {
		form.append(
			'files[]',
			new Blob( [
				typeof content === 'string'
					? content
					: new Uint8Array( content ),
			] ),
			name
		);
	}
	return form;
}
