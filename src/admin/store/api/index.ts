/**
 * The REST calls of the technicians' app, one module per resource; the store is their only caller.
 */

export * from './tickets';
export * from './entitlements';
export * from './customers';
export * from './settings';
export * from './users';
