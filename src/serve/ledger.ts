/** The publication ledger on the transparency page, and as CSV (for the portal and `yusuan ledger export`). */
import { ledgerCounts, STATUS_NAMES, type LedgerRow } from '../store/ledger.ts';
import { DEADLINE_DAYS } from '../store/roster.ts';
import { toCsv } from './csv.ts';
import { html, url, type Html } from './html.ts';
import { KIND_LABEL } from './format.ts';
import { dataTable } from './layout.ts';

export const LEDGER_HEAD = ['单位', '地区', '年度', '类型', '批复日期', '公开期限', '首次公开日期', '状态', '最新版本错误数'];

export const ledgerCsv = (rows: LedgerRow[]) =>
  toCsv(
    LEDGER_HEAD,
    rows.map((r) => [
      r.org,
      r.region,
      String(r.year),
      KIND_LABEL[r.kind] ?? r.kind,
      r.approvedOn,
      r.dueDate,
      r.publishedOn ?? '',
      STATUS_NAMES[r.status],
      r.publishedOn ? String(r.errors) : '',
    ]),
  );

const BADGE: Record<string, string> = { 'on-time': 'ok', late: 'warning', missing: 'error', pending: 'unchecked' };

export function ledgerSection(rows: LedgerRow[], p: { region?: string; year?: number; kind?: string }): Html {
  const c = ledgerCounts(rows);
  return html`<section aria-labelledby="ledger">
    <h2 id="ledger">按期公开（预算法第十四条：批复后 ${DEADLINE_DAYS} 日内）</h2>
    ${
      rows.length
        ? html`<div class="grid">
              <div class="stat">
                <div class="n">${c.onTime}</div>
                <div class="l">按期公开</div>
              </div>
              <div class="stat">
                <div class="n">${c.late}</div>
                <div class="l">逾期公开</div>
              </div>
              <div class="stat">
                <div class="n">${c.missing}</div>
                <div class="l">逾期未公开</div>
              </div>
              <div class="stat">
                <div class="n">${c.withErrors}</div>
                <div class="l">已公开但有错误</div>
              </div>
              <div class="stat">
                <div class="n">${c.pending}</div>
                <div class="l">未到期</div>
              </div>
            </div>
            ${dataTable(
              ['单位', '文件', '批复日期', '公开期限', '首次公开', '状态'],
              rows.map((r) => [
                html`<a href="${`/org/${r.orgSlug}`}">${r.org}</a>`,
                `${r.year}年${KIND_LABEL[r.kind] ?? r.kind}`,
                r.approvedOn,
                r.dueDate,
                r.publishedOn ?? '—',
                html`<span class="badge ${BADGE[r.status]}">${STATUS_NAMES[r.status]}</span>${r.withErrors ? html` <span class="badge error">${r.errors} 个错误</span>` : ''}`,
              ]),
              'margin-top:.8rem',
            )}
            <p><a class="button secondary" href="${url('/transparency/ledger.csv', p)}">导出 CSV</a></p>`
        : html`<p class="muted">尚未导入公开台账（各单位的批复日期）。财政部门可用 <code>yusuan ledger import 台账.csv</code> 导入。</p>`
    }
  </section>`;
}
