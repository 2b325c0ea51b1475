type Settings = Record< string, unknown >;

/**
 * What changed between the saved settings and the form, as the PATCH body.
 *
 * @param saved Settings as last saved.
 * @param draft Settings on the form.
 */
export function changedSettings( saved: Settings, draft: Settings ): Settings {
	return Object.fromEntries(
		Object.entries( draft ).filter(
			( [ key, value ] ) =>
				JSON.stringify( value ) !== JSON.stringify( saved[ key ] )
		)
	);
}
