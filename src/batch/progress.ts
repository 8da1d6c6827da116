/**
 * Progress of a batch: on a terminal one line redrawn (documents done, rate, time left, failures); otherwise one
 * JSON line per document, for a log or another program. A failed document is named on stderr either way.
 */
import type { BatchRow } from './run.ts';

export interface Progress {
  row(row: BatchRow, resumed: boolean): void;
  end(): void;
}

const clock = (s: number) =>
  s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`
      : `${Math.round(s)}s`;

export function terminalProgress(total: number, stream: NodeJS.WriteStream): Progress {
  const started = performance.now();
  let done = 0;
  let fresh = 0;
  let failed = 0;
  let drawn = 0;
  const draw = (force: boolean) => {
    const now = performance.now();
    if (!force && now - drawn < 100) return;
    drawn = now;
    const secs = (now - started) / 1000;
    const rate = fresh / Math.max(secs, 1e-3);
    const width = 24;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    const left = rate > 0 ? clock((total - done) / rate) : '?';
    const cols = stream.columns ?? 100;
    const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}  ${rate.toFixed(1)}/s  ${left} left${failed ? `  ${failed} failed` : ''}`;
    stream.write(`\r\x1b[K${line.slice(0, cols - 1)}`);
  };
  return {
    row(row, resumed) {
      done++;
      if (!resumed) fresh++;
      if (!row.ok) {
        failed++;
        if (!resumed) stream.write(`\r\x1b[Kyusuan: ${row.name}: ${row.reason}\n`);
      }
      draw(!row.ok || done === total);
    },
    end() {
      stream.write('\r\x1b[K');
    },
  };
}

/** JSON lines on `out`; a failed document also gets the usual `yusuan: FILE: what is wrong` line on `err`. */
export function jsonProgress(out: (line: string) => void, err: (line: string) => void): Progress {
  return {
    row(row, resumed) {
      const base = { file: row.name, status: resumed ? 'skipped' : row.ok ? 'checked' : 'failed', ms: row.ms };
      if (!row.ok) {
        if (!resumed) err(`yusuan: ${row.name}: ${row.reason}`);
        return out(JSON.stringify({ ...base, reason: row.reason }));
      }
      const n = (s: string) => row.row.findings.filter((f) => f.severity === s).length;
      out(JSON.stringify({ ...base, unit: row.row.unit, year: row.row.year, kind: row.row.kind, errors: n('error'), warnings: n('warning') }));
    },
    end() {},
  };
}
