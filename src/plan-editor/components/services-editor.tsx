/**
 * WordPress dependencies
 */
import { Button, TextControl, TextareaControl } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { CoveredService } from '../../shared/types';

type Props = {
	value: CoveredService[];
	onChange: ( next: CoveredService[] ) => void;
};

/**
 * Edits the ordered list of services a plan covers (R7).
 *
 * @param props          Component props.
 * @param props.value    Current services.
 * @param props.onChange Called with the new list.
 */
export function ServicesEditor( { value, onChange }: Props ) {
	const update = ( index: number, patch: Partial< CoveredService > ) =>
		onChange(
			value.map( ( service, i ) =>
				i === index ? { ...service, ...patch } : service
			)
		);
	const move = ( index: number, by: number ) => {
		const next = [ ...value ];
		const [ item ] = next.splice( index, 1 );
		next.splice( index + by, 0, item );
		onChange( next );
	};

	return (
		<div className="wp24hd-services-editor">
			{ value.length === 0 && (
				<p>{ __( 'No covered service yet.', 'wp24-helpdesk' ) }</p>
			) }
			{ value.map( ( service, index ) => (
				<fieldset
					key={ index }
					className="wp24hd-services-editor__item"
				>
					<legend>
						{ sprintf(
							/* translators: %d: position of the service in the list. */
							__( 'Service %d', 'wp24-helpdesk' ),
							index + 1
						) }
					</legend>
					<TextControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Name', 'wp24-helpdesk' ) }
						value={ service.label }
						maxLength={ 120 }
						onChange={ ( label: string ) =>
							update( index, { label } )
						}
					/>
					<TextareaControl
						__nextHasNoMarginBottom
						label={ __(
							'Description (optional)',
							'wp24-helpdesk'
						) }
						value={ service.description }
						maxLength={ 500 }
						onChange={ ( description: string ) =>
							update( index, { description } )
						}
					/>
					<Button
						size="small"
						variant="tertiary"
						disabled={ index === 0 }
						onClick={ () => move( index, -1 ) }
					>
						{ __( 'Move up', 'wp24-helpdesk' ) }
					</Button>
					<Button
						size="small"
						variant="tertiary"
						disabled={ index === value.length - 1 }
						onClick={ () => move( index, 1 ) }
					>
						{ __( 'Move down', 'wp24-helpdesk' ) }
					</Button>
					<Button
						size="small"
						variant="tertiary"
						isDestructive
						onClick={ () =>
							onChange( value.filter( ( _, i ) => i !== index ) )
						}
					>
						{ __( 'Remove', 'wp24-helpdesk' ) }
					</Button>
				</fieldset>
			) ) }
			<Button
				variant="secondary"
				onClick={ () =>
					onChange( [ ...value, { label: '', description: '' } ] )
				}
			>
				{ __( 'Add a service', 'wp24-helpdesk' ) }
			</Button>
		</div>
	);
}
