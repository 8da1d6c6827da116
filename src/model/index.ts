/**
 * The model as the stages compute with it: exact decimals, the figure catalogue, table access and the types.
 * Importing it loads no validator: the zod schemas, the source of truth for every type here, are in
 * schemas.ts, for the edges that validate input (templates, uploads, the API, the JSON Schema).
 */
export * from './decimal.ts';
export * from './table-access.ts';
export * from './figure-keys.ts';
export * from './empty.ts';
export type * from './decimal-schema.ts';
export type * from './evidence.ts';
export type * from './figure.ts';
export type * from './table.ts';
export type * from './disclosure.ts';
export type * from './finding.ts';
