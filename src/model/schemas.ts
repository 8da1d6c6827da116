/** The model's zod schemas: every type in index.ts is inferred from these, and input is validated by them. */
export * from './decimal-schema.ts';
export * from './evidence.ts';
export * from './figure.ts';
export * from './table.ts';
export * from './disclosure.ts';
export * from './finding.ts';
