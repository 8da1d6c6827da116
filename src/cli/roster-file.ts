/** Reading a roster file (CSV in any common encoding, or the first sheet of an XLSX): the I/O edge of the ledger. */
import { extname } from 'node:path';
import type { Io } from './command.ts';
import { readInputFile } from '../read/index.ts';
import { decodeText } from '../read/decode.ts';
import { failureLine } from '../read/failure.ts';
import { parseCsv, rosterRows, type RosterRow } from '../store/roster.ts';

/** The roster's rows and the lines refused (each said as `yusuan: FILE: row N: …`), or null when unreadable. */
export async function readRoster(file: string, io: Io): Promise<{ rows: RosterRow[]; problems: string[] } | null> {
  try {
    const bytes = await readInputFile(file, 20 * 1024 * 1024);
    let table: string[][];
    if (extname(file).toLowerCase() === '.xlsx') {
      const { readXlsx } = await import('../read/xlsx.ts');
      table = (await readXlsx(file, bytes)).tables[0]?.rows ?? [];
    } else {
      const text = decodeText(bytes);
      if (!text) throw new Error('not a text file in UTF-8, UTF-16 or GB18030/GBK: give a CSV or an XLSX');
      table = parseCsv(text.text);
    }
    const r = rosterRows(table);
    for (const p of r.problems) io.err(`yusuan: ${file}: ${p}`);
    return r;
  } catch (e) {
    io.err(failureLine(file, e).replace('failed: ', ''));
    return null;
  }
}
