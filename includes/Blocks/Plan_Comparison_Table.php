<?php
/**
 * The plan table's comparison: what each plan includes and what it does not.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Blocks;

use WP24\Helpdesk\Plans\Plan;

defined( 'ABSPATH' ) || exit;

/**
 * One HTML table below the cards (Plan_Table_Renderer), every value escaped here.
 */
final class Plan_Comparison_Table {

	/**
	 * What each plan includes and what it does not, side by side: answer times, channels and
	 * every service any of the plans covers. A real table, so a screen reader names plan and row.
	 *
	 * @param Plan[] $plans         Plans, in table order.
	 * @param bool   $show_services Whether the covered services get their rows.
	 */
	public static function render( array $plans, bool $show_services ): string {
		$rows = array(
			array(
				__( 'First answer', 'wp24-helpdesk' ),
				array_map(
					/* translators: %d: number of business hours. */
					static fn( Plan $plan ): string => esc_html( sprintf( _n( 'Within %d business hour', 'Within %d business hours', $plan->first_response_hours, 'wp24-helpdesk' ), $plan->first_response_hours ) ),
					$plans
				),
			),
			array(
				__( 'Urgent problems', 'wp24-helpdesk' ),
				array_map( static fn(): string => esc_html__( 'Within 24 hours, any day', 'wp24-helpdesk' ), $plans ),
			),
			array(
				__( 'Email and chat (WhatsApp)', 'wp24-helpdesk' ),
				array_map( static fn(): string => self::mark( true ), $plans ),
			),
			array(
				__( 'Phone line', 'wp24-helpdesk' ),
				array_map( static fn( Plan $plan ): string => self::mark( $plan->phone_support ), $plans ),
			),
		);
		if ( $show_services ) {
			$labels = array();
			foreach ( $plans as $plan ) {
				foreach ( $plan->covered_services as $service ) {
					$labels[ $service['label'] ] = true;
				}
			}
			foreach ( array_keys( $labels ) as $label ) {
				$rows[] = array(
					(string) $label,
					array_map( static fn( Plan $plan ): string => self::mark( in_array( $label, array_column( $plan->covered_services, 'label' ), true ) ), $plans ),
				);
			}
		}
		$head = '';
		foreach ( $plans as $plan ) {
			$head .= '<th scope="col">' . esc_html( $plan->name ) . '</th>';
		}
		$body = '';
		foreach ( $rows as list( $label, $cells ) ) {
			$body .= '<tr><th scope="row">' . esc_html( $label ) . '</th><td>' . implode( '</td><td>', $cells ) . '</td></tr>';
		}
		// Scrolls sideways inside itself when many plans do not fit a phone; focusable so a keyboard can scroll it.
		return sprintf(
			'<div class="wp24hd-plans__compare" role="region" aria-labelledby="wp24hd-plans-compare" tabindex="0"><table><caption id="wp24hd-plans-compare">%1$s</caption><thead><tr><td></td>%2$s</tr></thead><tbody>%3$s</tbody></table></div>',
			esc_html__( 'What each plan includes', 'wp24-helpdesk' ),
			$head,
			$body
		);
	}

	/**
	 * A cell that says included or not, in words (the sign is decoration).
	 *
	 * @param bool $included Whether the plan includes it.
	 */
	private static function mark( bool $included ): string {
		return $included
			? '<span class="wp24hd-plans__yes"><span aria-hidden="true">✓</span> ' . esc_html__( 'Included', 'wp24-helpdesk' ) . '</span>'
			: '<span class="wp24hd-plans__no"><span aria-hidden="true">—</span> ' . esc_html__( 'Not included', 'wp24-helpdesk' ) . '</span>';
	}
}
