/**
 * What the thread says about an attached file: whether it shows as a picture, its kind and size.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/** Raster images the server previews; never SVG (the server refuses to preview it too). */
const PREVIEWABLE = [ 'image/jpeg', 'image/png', 'image/gif', 'image/webp' ];

/**
 * Whether the thread shows the file as a thumbnail.
 *
 * @param mime Type recorded at upload.
 */
export function isPreviewable( mime: string ): boolean {
	return PREVIEWABLE.includes( mime );
}

/**
 * The file's kind in words, e.g. "PDF document".
 *
 * @param mime Type recorded at upload.
 */
export function fileKind( mime: string ): string {
	if ( mime.startsWith( 'image/' ) ) {
		return __( 'Image', 'wp24-helpdesk' );
	}
	switch ( mime ) {
		case 'application/pdf':
			return __( 'PDF document', 'wp24-helpdesk' );
		case 'application/zip':
			return __( 'ZIP archive', 'wp24-helpdesk' );
		case 'text/csv':
			return __( 'Spreadsheet (CSV)', 'wp24-helpdesk' );
		case 'text/plain':
			return __( 'Text file', 'wp24-helpdesk' );
		case 'message/rfc822':
			return __( 'Email message', 'wp24-helpdesk' );
		default:
			return __( 'File', 'wp24-helpdesk' );
	}
}

/**
 * A file size in the page's language: "850 byte", "12 kB", "1,2 MB".
 *
 * @param bytes  Size.
 * @param locale BCP 47 language; the page's by default.
 */
export function fileSize(
	bytes: number,
	locale: string = document.documentElement.lang || 'en'
): string {
	let [ unit, value ] = [ 'byte', bytes ];
	if ( bytes >= 1_000_000 ) {
		[ unit, value ] = [ 'megabyte', bytes / 1_000_000 ];
	} else if ( bytes >= 1_000 ) {
		[ unit, value ] = [ 'kilobyte', bytes / 1_000 ];
	}
	return new Intl.NumberFormat( locale, {
		style: 'unit',
		unit,
		unitDisplay: 'short',
		maximumFractionDigits: value < 10 && unit !== 'byte' ? 1 : 0,
	} ).format( value );
}
