export * from './decimal.ts';
export * from './evidence.ts';
export * from './figure.ts';
export * from './table.ts';
export * from './table-access.ts';
export * from './disclosure.ts';
export * from './figure-keys.ts';
export * from './finding.ts';
