import type { SourceDocument } from "../../read/document.ts"; import type { Table } from "../../model/table.ts"; export function nativeTables(_d: SourceDocument): Table[] { return []; }
