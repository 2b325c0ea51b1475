<?php
/**
 * The end of a plan's year (R12): expiry, the renewal queue a month before, and the contacts staff record.
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Entitlements;

use WP24\Helpdesk\Errors\Domain_Exception;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.ExceptionNotEscaped -- exception messages reach people only as JSON, through Rest\Rest_Response, or in the site's log; never as HTML.

/**
 * Each change is claimed by a conditional write, so the renewal job run twice at once logs it once.
 */
final class Renewal_Service {

	/** How staff reached the customer about a renewal. */
	public const CONTACT_CHANNELS = array( 'email', 'phone', 'whatsapp', 'in_person', 'other' );

	/** What came of a renewal contact. */
	public const CONTACT_OUTCOMES = array( 'renewing', 'thinking', 'not_renewing', 'no_answer', 'call_back' );

	/**
	 * Constructor.
	 *
	 * @param Entitlement_Reader     $reader     Holdings, or their 404.
	 * @param Entitlement_Repository $repository Storage.
	 */
	public function __construct( private Entitlement_Reader $reader, private Entitlement_Repository $repository ) {}

	/**
	 * Ends an active entitlement whose period is over (R12); false when it was not active any more.
	 *
	 * @param Entitlement $entitlement Entitlement as read by the job.
	 */
	public function expire( Entitlement $entitlement ): bool {
		if ( ! $this->repository->renewals()->transition( $entitlement->id, Entitlement::ACTIVE, Entitlement::EXPIRED ) ) {
			return false;
		}
		$this->log_for_period( $entitlement, 'expired' );
		return true;
	}

	/**
	 * Puts the entitlement in the renewal queue for its current period (R12); false when it already is.
	 *
	 * @param Entitlement $entitlement Entitlement as read by the job.
	 */
	public function enter_renewal_queue( Entitlement $entitlement ): bool {
		if ( ! $this->repository->renewals()->claim_renewal_reminder( $entitlement ) ) {
			return false;
		}
		$this->log_for_period( $entitlement, 'renewal_due' );
		return true;
	}

	/**
	 * Staff record a renewal contact with the customer (R12): when, who, channel, outcome.
	 *
	 * @param int    $id       Entitlement.
	 * @param int    $actor_id Staff member.
	 * @param string $channel  One of CONTACT_CHANNELS.
	 * @param string $outcome  One of CONTACT_OUTCOMES.
	 * @param string $note     Free text.
	 * @throws Domain_Exception When the request breaks a rule; the message says which.
	 */
	public function record_contact( int $id, int $actor_id, string $channel, string $outcome, string $note ): Entitlement {
		$entitlement = $this->reader->existing( $id );
		if ( ! in_array( $channel, self::CONTACT_CHANNELS, true ) ) {
			throw Domain_Exception::invalid( 'wp24hd_invalid_channel', __( 'channel: choose email, phone, WhatsApp, in person or other.', 'wp24-helpdesk' ) );
		}
		if ( ! in_array( $outcome, self::CONTACT_OUTCOMES, true ) ) {
			throw Domain_Exception::invalid( 'wp24hd_invalid_outcome', __( 'outcome: not a known outcome.', 'wp24-helpdesk' ) );
		}
		$this->repository->log()->add(
			array(
				'entitlement_id' => $entitlement->id,
				'event'          => 'contact',
				'actor_id'       => $actor_id,
				'channel'        => $channel,
				'outcome'        => $outcome,
				'note'           => mb_substr( sanitize_textarea_field( $note ), 0, 1000 ),
			)
		);
		return $entitlement;
	}

	/**
	 * Logs what the job did to the current period of a holding.
	 *
	 * @param Entitlement $entitlement Entitlement as read by the job.
	 * @param string      $event       `expired` or `renewal_due`.
	 */
	private function log_for_period( Entitlement $entitlement, string $event ): void {
		$this->repository->log()->add(
			array(
				'entitlement_id' => $entitlement->id,
				'event'          => $event,
				'expires_before' => $entitlement->expires_at,
			)
		);
	}
}
