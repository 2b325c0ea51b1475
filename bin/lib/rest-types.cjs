/**
 * Turns the REST schemas the plugin's routes declare (src/shared/rest/schemas.json, kept current by
 * tests/integration/rest/schemas.test.ts) into TypeScript types, so the admin app and the blocks
 * never re-declare a field, a status or an enum the server owns. The same file holds the schema of
 * the admin page's start-up data (`wp24hd-admin-boot-data` → `AdminBootData`).
 *
 * Each resource gives `Name` — what staff read (the `edit` context: every field) — and, when
 * customers read less, `NameForCustomer` (the `view` context). A resource nested in another is
 * named, not spelled out again: `Name` in its full shape, `NameForCustomer` in the customers' one. A field is optional only where the
 * schema leaves it out of `required`; a schema without `required` always answers every field.
 *
 * Each route and method gives what a client sends (src/shared/rest/requests.json, the routes'
 * arguments): `GET /tickets` → `GetTicketsRequest`, `POST /tickets/{id}/messages` →
 * `PostTicketsMessagesRequest`, `PATCH /tickets/{id}` → `PatchTicketsItemRequest`. An argument is
 * required only where the route says so.
 */
const path = require( 'node:path' );
const fs = require( 'node:fs' );
const { compile } = require( 'json-schema-to-typescript' );
const prettier = require( 'prettier' );
const prettierConfig = require( '@wordpress/prettier-config' );

const ROOT = path.resolve( __dirname, '../..' );
const SCHEMAS = path.join( ROOT, 'src/shared/rest/schemas.json' );
const REQUESTS = path.join( ROOT, 'src/shared/rest/requests.json' );
const OUTPUT = path.join( ROOT, 'src/shared/rest/types.generated.ts' );

const BANNER = `/**
 * Types of the wp24-helpdesk/v1 REST resources, generated from their schemas: do not edit.
 *
 * Source: src/shared/rest/schemas.json (the schemas the routes declare, and the admin page's
 * start-up data); regenerate with \`npm run rest-types\`. A unit test fails when this file is stale.
 */`;

/**
 * `wp24hd-ticket-viewers` → `TicketViewers`.
 *
 * @param {string} title Schema title.
 * @return {string} Type name.
 */
function typeName( title ) {
	return title
		.replace( /^wp24hd-/, '' )
		.split( '-' )
		.map( ( part ) => part.charAt( 0 ).toUpperCase() + part.slice( 1 ) )
		.join( '' );
}

/**
 * Whether a field is in the `view` context (what customers read).
 *
 * @param {Object} schema Field schema.
 * @return {boolean} In view.
 */
function inView( schema ) {
	return ! schema.context || schema.context.includes( 'view' );
}

/**
 * Whether a field is only written, never answered (`context: []`, e.g. a password).
 *
 * @param {Object} schema Field schema.
 * @return {boolean} Write-only.
 */
function writeOnly( schema ) {
	return Array.isArray( schema.context ) && schema.context.length === 0;
}

/**
 * What makes two object schemas the same resource: their fields and which are required.
 *
 * @param {Object} schema Schema.
 * @return {string|undefined} Key; undefined for a schema without fields.
 */
function shapeKey( schema ) {
	return schema.properties && ! Array.isArray( schema.properties )
		? JSON.stringify( [ schema.properties, schema.required ?? null ] )
		: undefined;
}

/**
 * The schema one reader sees, in the subset json-schema-to-typescript reads.
 *
 * @param {Object}              schema   A schema or sub-schema.
 * @param {boolean}             customer The customer's view (else staff's: every field, all present).
 * @param {Map<string, Object>} refs     Resources by shape: `{ staff, customer }` type names.
 * @param {boolean}             top      Whether `schema` is the resource itself.
 * @return {Object} Schema for the compiler.
 */
function forReader( schema, customer, refs = new Map(), top = true ) {
	// A resource inside another (a ticket's quote) is named, not spelled out again.
	const ref = top ? undefined : refs.get( shapeKey( schema ) );
	if ( ref ) {
		const nullable =
			Array.isArray( schema.type ) && schema.type.includes( 'null' );
		const out = {
			tsType: `${ customer ? ref.customer : ref.staff }${
				nullable ? ' | null' : ''
			}`,
		};
		if ( schema.description !== undefined ) {
			out.description = schema.description;
		}
		return out;
	}
	const out = {};
	for ( const key of [ 'type', 'enum', 'description' ] ) {
		if ( schema[ key ] !== undefined ) {
			out[ key ] = schema[ key ];
		}
	}
	if ( schema.items ) {
		out.items = forReader( schema.items, customer, refs, false );
	}
	// A map with keys of its own (labels by setting key): `Record< string, … >`.
	if ( schema.additionalProperties && ! schema.properties ) {
		out.additionalProperties = forReader(
			schema.additionalProperties,
			customer,
			refs,
			false
		);
	}
	if ( schema.properties ) {
		const names = Object.keys( schema.properties ).filter(
			( name ) =>
				! writeOnly( schema.properties[ name ] ) &&
				( ! customer || inView( schema.properties[ name ] ) )
		);
		out.properties = Object.fromEntries(
			names.map( ( name ) => [
				name,
				forReader( schema.properties[ name ], customer, refs, false ),
			] )
		);
		out.additionalProperties = false;
		const required = schema.required ?? names;
		out.required = names.filter(
			( name ) =>
				required.includes( name ) ||
				// Staff always receive the staff-only fields.
				( ! customer && ! inView( schema.properties[ name ] ) )
		);
	}
	return out;
}

/**
 * `PATCH /wp24-helpdesk/v1/tickets/{id}` → `PatchTicketsItemRequest`.
 *
 * @param {string} key Method and route.
 * @return {string} Type name.
 */
function requestName( key ) {
	const [ method, route ] = key.split( ' ' );
	const segments = route.split( '/' ).slice( 3 );
	const words = segments
		.filter( ( segment ) => ! segment.startsWith( '{' ) )
		.map( ( segment ) => typeName( `wp24hd-${ segment }` ) );
	const item = segments.at( -1 )?.startsWith( '{' ) ? 'Item' : '';
	return `${ typeName( `wp24hd-${ method.toLowerCase() }` ) }${ words.join(
		''
	) }${ item }Request`;
}

/**
 * An argument list in the subset json-schema-to-typescript reads.
 *
 * @param {Object} schema Arguments as an object schema.
 * @return {Object} Schema for the compiler.
 */
function forRequest( schema ) {
	const properties = Array.isArray( schema.properties )
		? {}
		: schema.properties;
	const strip = ( field ) => {
		const out = {};
		for ( const key of [ 'type', 'enum', 'description' ] ) {
			if ( field[ key ] !== undefined ) {
				out[ key ] = field[ key ];
			}
		}
		if ( field.items ) {
			out.items = strip( field.items );
		}
		if ( field.properties && ! Array.isArray( field.properties ) ) {
			out.properties = Object.fromEntries(
				Object.entries( field.properties ).map( ( [ name, sub ] ) => [
					name,
					strip( sub ),
				] )
			);
			out.additionalProperties = false;
		}
		return out;
	};
	return {
		type: 'object',
		properties: Object.fromEntries(
			Object.entries( properties ).map( ( [ name, field ] ) => [
				name,
				strip( field ),
			] )
		),
		additionalProperties: false,
		required: schema.required ?? [],
	};
}

/**
 * Whether customers read fewer fields than staff anywhere in the schema.
 *
 * @param {Object} schema Schema.
 * @return {boolean} Differs.
 */
function hasStaffFields( schema ) {
	return Object.values( schema.properties ?? {} ).some(
		( field ) =>
			( ! inView( field ) && ! writeOnly( field ) ) ||
			hasStaffFields( field ) ||
			( field.items ? hasStaffFields( field.items ) : false )
	);
}

/**
 * `NameForCustomer`: the staff type's fields customers read, picked from it, and the fields that
 * are shaped differently for them (a nested resource with staff-only fields) declared again.
 *
 * @param {Object}              schema  The resource's schema.
 * @param {string}              name    The staff type's name.
 * @param {Map<string, Object>} refs    Resources by shape.
 * @param {Object}              options Compiler options.
 * @return {Promise<string>} TypeScript source.
 */
async function customerType( schema, name, refs, options ) {
	const customer = forReader( schema, true, refs );
	const staff = forReader( schema, false, refs );
	const same = [];
	const own = {};
	for ( const [ field, fieldSchema ] of Object.entries(
		customer.properties
	) ) {
		if (
			JSON.stringify( fieldSchema ) ===
			JSON.stringify( staff.properties[ field ] )
		) {
			same.push( field );
		} else {
			own[ field ] = fieldSchema;
		}
	}
	const ownName = `${ name }ForCustomerFields`;
	const picked = `Pick< ${ name }, ${ same
		.map( ( field ) => `'${ field }'` )
		.join( ' | ' ) } >`;
	if ( Object.keys( own ).length === 0 ) {
		return `/** \`${ name }\` as customers read it. */\nexport type ${ name }ForCustomer = ${ picked };\n`;
	}
	const fields = await compile(
		{
			type: 'object',
			title: ownName,
			properties: own,
			required: customer.required.filter( ( field ) => field in own ),
			additionalProperties: false,
		},
		ownName,
		{
			...options,
			bannerComment: `/** The fields of \`${ name }\` that customers read in a shape of their own. */`,
		}
	);
	return `${ fields }\n/** \`${ name }\` as customers read it. */\nexport type ${ name }ForCustomer = ${ picked } & ${ ownName };\n`;
}

/**
 * A resource's schema with only the fields customers read (as Schema_Fields::customer_properties_of()
 * nests it in another resource), for recognising it there.
 *
 * @param {Object} schema The resource's schema.
 * @return {Object} Its `properties` and `required`, customers' fields only.
 */
function customerShape( schema ) {
	const properties = Object.fromEntries(
		Object.entries( schema.properties ).filter( ( [ , field ] ) =>
			inView( field )
		)
	);
	return {
		properties,
		required: ( schema.required ?? Object.keys( properties ) ).filter(
			( name ) => name in properties
		),
	};
}

/**
 * The generated file for a set of schemas.
 *
 * @param {Record<string, Object>} schemas  Schemas by title.
 * @param {Record<string, Object>} requests Arguments by method and route.
 * @return {Promise<string>} TypeScript source, formatted as the project formats.
 */
async function generate( schemas, requests = {} ) {
	const parts = [];
	const titles = Object.keys( schemas ).sort();
	const split = ( title ) =>
		hasStaffFields( schemas[ title ] ) &&
		Object.keys( forReader( schemas[ title ], true ).properties ?? {} )
			.length > 0;
	const refs = new Map(
		titles.map( ( title ) => [
			shapeKey( schemas[ title ] ),
			{
				staff: typeName( title ),
				customer: `${ typeName( title ) }${
					split( title ) ? 'ForCustomer' : ''
				}`,
			},
		] )
	);
	// A resource nested in the shape customers read it (`/me`'s entitlement) is named that way.
	for ( const title of titles.filter( split ) ) {
		const key = shapeKey( customerShape( schemas[ title ] ) );
		if ( ! refs.has( key ) ) {
			const name = `${ typeName( title ) }ForCustomer`;
			refs.set( key, { staff: name, customer: name } );
		}
	}
	const options = {
		bannerComment: '',
		format: false,
		additionalProperties: false,
		declareExternallyReferenced: true,
	};
	for ( const title of titles ) {
		const name = typeName( title );
		parts.push(
			await compile(
				{ ...forReader( schemas[ title ], false, refs ), title: name },
				name,
				options
			)
		);
		// Customers read fewer fields than staff, and some: a type of their own.
		if ( split( title ) ) {
			parts.push(
				await customerType( schemas[ title ], name, refs, options )
			);
		}
	}
	for ( const key of Object.keys( requests ).sort() ) {
		const name = requestName( key );
		parts.push(
			await compile(
				{ ...forRequest( requests[ key ] ), title: name },
				name,
				{
					bannerComment: `/** What \`${ key }\` takes. */`,
					format: false,
					additionalProperties: false,
					declareExternallyReferenced: true,
				}
			)
		);
	}
	return prettier.format( `${ BANNER }\n\n${ parts.join( '\n' ) }`, {
		...prettierConfig,
		parser: 'typescript',
	} );
}

/**
 * The committed schemas.
 *
 * @return {Record<string, Object>} Schemas by title.
 */
function committedSchemas() {
	return JSON.parse( fs.readFileSync( SCHEMAS, 'utf8' ) );
}

/**
 * The committed arguments of every route.
 *
 * @return {Record<string, Object>} Arguments by method and route.
 */
function committedRequests() {
	return JSON.parse( fs.readFileSync( REQUESTS, 'utf8' ) );
}

module.exports = { generate, committedSchemas, committedRequests, OUTPUT };
