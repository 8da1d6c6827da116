import { ReadError, type SourceDocument } from './document.ts';

export async function readXlsx(file: string, _bytes: Uint8Array): Promise<SourceDocument> {
  throw new ReadError(file, 'XLSX input is not supported yet');
}
