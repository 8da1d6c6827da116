import { ReadError, type SourceDocument } from './document.ts';

export async function readDocx(file: string, _bytes: Uint8Array): Promise<SourceDocument> {
  throw new ReadError(file, 'DOCX input is not supported yet');
}
