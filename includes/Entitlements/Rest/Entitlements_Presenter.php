<?php
/**
 * The REST shape of an entitlement, shared by `/entitlements` and `/me`.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Entitlements\Rest;

use DateTimeInterface;
use WP24\Helpdesk\Entitlements\Entitlement;
use WP24\Helpdesk\Entitlements\Entitlement_Log_Entry;
use WP24\Helpdesk\Entitlements\Entitlement_Repository;
use WP24\Helpdesk\Entitlements\Entitlement_Reader;

defined( 'ABSPATH' ) || exit;

/**
 * Staff see the log; customers see their own holding without it.
 */
final class Entitlements_Presenter {

	/** The log's times as they always were (mysql_to_rfc3339(): UTC, no offset written). */
	private const LOG_TIME = 'Y-m-d\\TH:i:s';

	/**
	 * Constructor.
	 *
	 * @param Entitlement_Reader     $service    The refund window.
	 * @param Entitlement_Repository $repository Log source.
	 */
	public function __construct( private Entitlement_Reader $service, private Entitlement_Repository $repository ) {}

	/**
	 * The holding as REST shows it.
	 *
	 * @param Entitlement $entitlement Entitlement.
	 * @param bool        $with_log    Include the audit log (staff only).
	 * @return array<string, mixed>
	 */
	public function present( Entitlement $entitlement, bool $with_log ): array {
		$data = array(
			'id'                 => $entitlement->id,
			'user_id'            => $entitlement->user_id,
			'plan_id'            => $entitlement->plan_id,
			'source'             => $entitlement->source,
			'order_id'           => $entitlement->order_id,
			'status'             => $entitlement->status,
			'starts_at'          => $entitlement->starts_at->format( DateTimeInterface::ATOM ),
			'expires_at'         => $entitlement->expires_at->format( DateTimeInterface::ATOM ),
			'paid_at'            => $entitlement->paid_at?->format( DateTimeInterface::ATOM ),
			'refund_window_open' => $this->service->refund_window_open( $entitlement ),
		);
		if ( $with_log ) {
			// Staff need to know whom to call about a renewal (R12).
			$user                   = get_userdata( $entitlement->user_id );
			$data['customer_name']  = $user ? (string) $user->display_name : '';
			$data['customer_email'] = $user ? (string) $user->user_email : '';
			$data['log']            = array_map(
				static fn( Entitlement_Log_Entry $entry ): array => array(
					'event'          => $entry->event,
					'actor_id'       => $entry->actor_id,
					'order_id'       => $entry->order_id,
					'order_item_id'  => $entry->order_item_id,
					'expires_before' => $entry->expires_before?->format( self::LOG_TIME ),
					'expires_after'  => $entry->expires_after?->format( self::LOG_TIME ),
					'channel'        => $entry->channel,
					'outcome'        => $entry->outcome,
					'note'           => $entry->note,
					'created_at'     => $entry->created_at->format( self::LOG_TIME ),
				),
				$this->repository->log()->for_entitlement( $entitlement->id )
			);
		}
		return $data;
	}
}
