<?php
/**
 * Repositories hand out typed records, not rows with string keys (issue 18).
 *
 * @package WP24\Helpdesk
 */

declare(strict_types=1);

namespace WP24\Helpdesk\Tests\Architecture;

use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;
use ReflectionClass;
use ReflectionMethod;
use ReflectionNamedType;

/**
 * Reads each typed repository's public methods: none may return `array<string, mixed>` (a row
 * or a list of rows), and its readers answer the entity itself.
 */
final class Typed_Records_Test extends TestCase {

	/**
	 * Repository => [entity, readers that answer one entity or null].
	 *
	 * @return array<string, array{0: string, 1: string, 2: string[]}>
	 */
	public static function repositories(): array {
		return array(
			'quotes'          => array( 'WP24\\Helpdesk\\Tickets\\Quote_Repository', 'WP24\\Helpdesk\\Tickets\\Quote', array( 'find', 'latest' ) ),
			'attachments'     => array( 'WP24\\Helpdesk\\Attachments\\Attachment_Repository', 'WP24\\Helpdesk\\Attachments\\Attachment', array( 'find' ) ),
			'tickets'         => array( 'WP24\\Helpdesk\\Tickets\\Ticket_Repository', 'WP24\\Helpdesk\\Tickets\\Ticket', array( 'find' ) ),
			'messages'        => array( 'WP24\\Helpdesk\\Tickets\\Message_Repository', 'WP24\\Helpdesk\\Tickets\\Message', array() ),
			'entitlement log' => array( 'WP24\\Helpdesk\\Entitlements\\Entitlement_Log_Repository', 'WP24\\Helpdesk\\Entitlements\\Entitlement_Log_Entry', array() ),
			'purchase events' => array( 'WP24\\Helpdesk\\Entitlements\\Purchase_Event_Repository', 'WP24\\Helpdesk\\Entitlements\\Purchase_Event', array( 'find' ) ),
			'personal data'   => array( 'WP24\\Helpdesk\\Privacy\\Personal_Data_Repository', 'WP24\\Helpdesk\\Tickets\\Ticket', array() ),
		);
	}

	/**
	 * No public method returns a row or rows.
	 *
	 * @param string   $repository Repository class.
	 * @param string   $entity     Entity class.
	 * @param string[] $readers    Single-record readers.
	 */
	#[DataProvider( 'repositories' )]
	public function test_no_public_method_returns_rows( string $repository, string $entity, array $readers ): void { // phpcs:ignore Generic.CodeAnalysis.UnusedFunctionParameter.FoundAfterLastUsed -- one provider feeds both tests.
		$rows = array();
		foreach ( ( new ReflectionClass( $repository ) )->getMethods( ReflectionMethod::IS_PUBLIC ) as $method ) {
			if ( 1 === preg_match( '/@return\s+[^\n]*array<string,\s*mixed>/', (string) $method->getDocComment() ) ) {
				$rows[] = $method->getName();
			}
		}
		$this->assertSame( array(), $rows, "{$repository} hands out rows: return {$entity} (built by its from_row()) instead." );
	}

	/**
	 * The readers answer the entity or null.
	 *
	 * @param string   $repository Repository class.
	 * @param string   $entity     Entity class.
	 * @param string[] $readers    Single-record readers.
	 */
	#[DataProvider( 'repositories' )]
	public function test_readers_answer_the_entity( string $repository, string $entity, array $readers ): void {
		$answers = array();
		foreach ( $readers as $name ) {
			$type             = ( new ReflectionMethod( $repository, $name ) )->getReturnType();
			$answers[ $name ] = $type instanceof ReflectionNamedType ? ( $type->allowsNull() ? '?' : '' ) . $type->getName() : (string) $type;
		}
		$this->assertSame( array_fill_keys( $readers, '?' . $entity ), $answers );
	}

	/**
	 * No public method takes its entity as a row: a parameter named for the entity (`$ticket`)
	 * is the entity, not an array.
	 *
	 * @param string   $repository Repository class.
	 * @param string   $entity     Entity class.
	 * @param string[] $readers    Single-record readers.
	 */
	#[DataProvider( 'repositories' )]
	public function test_no_public_method_takes_a_row( string $repository, string $entity, array $readers ): void { // phpcs:ignore Generic.CodeAnalysis.UnusedFunctionParameter.FoundAfterLastUsed -- one provider feeds every test.
		$name = strtolower( substr( (string) strrchr( '\\' . $entity, '\\' ), 1 ) );
		$rows = array();
		foreach ( ( new ReflectionClass( $repository ) )->getMethods( ReflectionMethod::IS_PUBLIC ) as $method ) {
			foreach ( $method->getParameters() as $parameter ) {
				$type = $parameter->getType();
				if ( $name === $parameter->getName() && $type instanceof ReflectionNamedType && 'array' === $type->getName() ) {
					$rows[] = $method->getName() . '($' . $name . ')';
				}
			}
		}
		$this->assertSame( array(), $rows, "{$repository} takes rows: take {$entity} instead." );
	}
}
