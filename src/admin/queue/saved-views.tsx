/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { href } from '../router';
import { paramsFromView, savedViews } from './view-state';

/**
 * The saved views as links; the one matching the current filters is marked current.
 *
 * @param props         Props.
 * @param props.current The current link's query.
 * @param props.userId  Who is looking.
 */
export function SavedViews( {
	current,
	userId,
}: {
	current: URLSearchParams;
	userId: number;
} ) {
	const filtersOf = ( params: URLSearchParams ) => {
		const copy = new URLSearchParams( params );
		[ 'page', 'search', 'per_page' ].forEach( ( key ) =>
			copy.delete( key )
		);
		copy.sort();
		return copy.toString();
	};
	const now = filtersOf( current );
	return (
		<nav
			className="wp24hd-saved-views"
			aria-label={ __( 'Saved views', 'wp24-helpdesk' ) }
		>
			<ul>
				{ savedViews().map( ( saved ) => {
					const params = paramsFromView( saved.view( userId ) );
					const isCurrent =
						filtersOf( params ) === now ||
						( saved.slug === 'all-open' && now === '' );
					return (
						<li key={ saved.slug }>
							<a
								href={ href( '/', params ) }
								aria-current={ isCurrent ? 'page' : undefined }
							>
								{ saved.label }
							</a>
						</li>
					);
				} ) }
			</ul>
		</nav>
	);
}
