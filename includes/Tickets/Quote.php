<?php
/**
 * One quote of a ticket, as stored (R8).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tickets;

use DateTimeImmutable;
use DateTimeZone;
use WP24\Helpdesk\Money\Money;

defined( 'ABSPATH' ) || exit;

/**
 * Built by Quote_Repository from its row; the quote service, the payments, the presenter, the
 * emails and the privacy export read it. Times are UTC.
 */
final class Quote {

	/**
	 * Constructor.
	 *
	 * @param int                    $id          Quote.
	 * @param int                    $ticket_id   Ticket.
	 * @param Money                  $amount      Price.
	 * @param string                 $conditions  Conditions, plain text.
	 * @param DateTimeImmutable      $valid_until Last moment it can be accepted.
	 * @param Quote_Status           $status      Where it stands.
	 * @param int                    $created_by  Technician who wrote it.
	 * @param DateTimeImmutable|null $sent_at     When it was sent, null for a draft.
	 * @param int                    $decided_by  Customer who answered (0 for a guest or none yet).
	 * @param DateTimeImmutable|null $decided_at  When the customer answered.
	 * @param string                 $decided_ip  From where they answered.
	 * @param int                    $order_id    The WooCommerce order made for it (0 for none).
	 * @param DateTimeImmutable|null $paid_at     When an order for it was paid.
	 * @param DateTimeImmutable      $created_at  When it was written.
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $ticket_id,
		public readonly Money $amount,
		public readonly string $conditions,
		public readonly DateTimeImmutable $valid_until,
		public readonly Quote_Status $status,
		public readonly int $created_by,
		public readonly ?DateTimeImmutable $sent_at,
		public readonly int $decided_by,
		public readonly ?DateTimeImmutable $decided_at,
		public readonly string $decided_ip,
		public readonly int $order_id,
		public readonly ?DateTimeImmutable $paid_at,
		public readonly DateTimeImmutable $created_at,
	) {}

	/**
	 * The quote of a database row.
	 *
	 * @param array<string, mixed> $row Row of the quotes table.
	 */
	public static function from_row( array $row ): self {
		return new self(
			(int) $row['id'],
			(int) $row['ticket_id'],
			new Money( (int) $row['amount_cents'], (string) $row['currency'] ),
			(string) $row['conditions'],
			self::time( $row['valid_until'] ) ?? new DateTimeImmutable( '@0' ),
			Quote_Status::from( (string) $row['status'] ),
			(int) $row['created_by'],
			self::time( $row['sent_at'] ?? null ),
			(int) $row['decided_by'],
			self::time( $row['decided_at'] ?? null ),
			(string) $row['decided_ip'],
			(int) $row['order_id'],
			self::time( $row['paid_at'] ?? null ),
			self::time( $row['created_at'] ) ?? new DateTimeImmutable( '@0' ),
		);
	}

	/**
	 * Whether an order for it was paid.
	 */
	public function is_paid(): bool {
		return null !== $this->paid_at;
	}

	/**
	 * A stored UTC time, or null for none.
	 *
	 * @param mixed $stored Column value.
	 */
	private static function time( mixed $stored ): ?DateTimeImmutable {
		return empty( $stored ) ? null : new DateTimeImmutable( (string) $stored, new DateTimeZone( 'UTC' ) );
	}
}
