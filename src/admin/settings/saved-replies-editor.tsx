/**
 * The saved replies technicians insert into answers: a title to pick it by and the text.
 */

/**
 * WordPress dependencies
 */
import { Button, TextControl, TextareaControl } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

export type SavedReply = { title: string; body: string };

/**
 * @param props          Props.
 * @param props.value    Saved replies.
 * @param props.onChange Called with the new list.
 */
export function SavedRepliesEditor( {
	value,
	onChange,
}: {
	value: SavedReply[];
	onChange: ( next: SavedReply[] ) => void;
} ) {
	const update = ( index: number, changes: Partial< SavedReply > ) =>
		onChange(
			value.map( ( reply, at ) =>
				at === index ? { ...reply, ...changes } : reply
			)
		);
	return (
		<div className="wp24hd-saved-replies">
			{ value.map( ( reply, index ) => (
				<div key={ index } className="wp24hd-saved-replies__item">
					<TextControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ sprintf(
							/* translators: %d: position in the list. */
							__( 'Title of saved reply %d', 'wp24-helpdesk' ),
							index + 1
						) }
						value={ reply.title }
						maxLength={ 80 }
						onChange={ ( title ) => update( index, { title } ) }
					/>
					<TextareaControl
						__nextHasNoMarginBottom
						label={ sprintf(
							/* translators: %d: position in the list. */
							__( 'Text of saved reply %d', 'wp24-helpdesk' ),
							index + 1
						) }
						value={ reply.body }
						onChange={ ( body ) => update( index, { body } ) }
						rows={ 3 }
					/>
					<Button
						variant="link"
						isDestructive
						onClick={ () =>
							onChange(
								value.filter( ( _reply, at ) => at !== index )
							)
						}
					>
						{ __( 'Remove', 'wp24-helpdesk' ) }
					</Button>
				</div>
			) ) }
			<Button
				variant="secondary"
				onClick={ () =>
					onChange( [ ...value, { title: '', body: '' } ] )
				}
			>
				{ __( 'Add a saved reply', 'wp24-helpdesk' ) }
			</Button>
		</div>
	);
}
