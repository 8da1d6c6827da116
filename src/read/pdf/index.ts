import { ReadError, type SourceDocument } from '../document.ts';

export async function readPdf(file: string, _bytes: Uint8Array): Promise<SourceDocument> {
  throw new ReadError(file, 'PDF input is not supported yet');
}
