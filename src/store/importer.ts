/**
 * The import pipeline moved to its own stage, src/import/ (read once, check, store: the store only stores). This
 * re-export keeps callers written before the move working; import from '../import/index.ts' instead.
 */
export { importFile, importGroup, importPaths, seedIfEmpty, expand, partGroups, AS_ONE_MARK } from '../import/index.ts';
export type { ImportSummary, ImportOptions, GroupOptions } from '../import/index.ts';
