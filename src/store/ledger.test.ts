/**
 * The publication ledger: the roster read from CSV (headers in any order, dates in the usual Chinese forms, bad rows
 * named), the deadline (approval + 20 days), and each line's outcome on SQLite and PostgreSQL: on time, late,
 * missing, not yet due, published with errors; the CSV export and the transparency page.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from './store.ts';
import { freshDb, type TestDb } from './testing.ts';
import { addDays, isoDate, parseCsv, rosterRows, RosterError } from './roster.ts';
import { chinaDate, importRoster, ledger, ledgerCounts } from './ledger.ts';
import { prepareUpload } from '../import/upload.ts';
import { budgetText, REGION } from '../serve/work-testing.ts';
import { createApp } from '../serve/app.ts';
import { main } from '../cli/main.ts';

describe('roster', () => {
  it('reads CSV with quotes, any column order, Chinese dates, and names each bad row', () => {
    const t = parseCsv(
      '\ufeff类型,单位,批复日期,地区,年度\r\n预算,"重庆市渝中区甲局",2025年2月1日,重庆市渝中区,2025\r\n决算,"乙局, ""二处""",2025/3/5,重庆市渝中区,2024\r\n预算,丙局,2025-02-30,重庆市渝中区,2025\r\n审计,丁局,2025-01-01,重庆市渝中区,20x5\r\n,,,,\r\n',
    );
    const r = rosterRows(t);
    assert.deepEqual(r.rows, [
      { unit: '重庆市渝中区甲局', region: '重庆市渝中区', year: 2025, kind: 'budget', approvedOn: '2025-02-01' },
      { unit: '乙局, "二处"', region: '重庆市渝中区', year: 2024, kind: 'final', approvedOn: '2025-03-05' },
    ]);
    assert.equal(r.problems.length, 2);
    assert.match(r.problems[0], /^row 4: approval date must be a date/);
    assert.match(r.problems[1], /^row 5: .*year.*kind must be 预算 or 决算|^row 5: .*kind must be 预算 or 决算.*year/);
    assert.throws(() => rosterRows([['名称', '年度']]), RosterError);
  });

  it('the deadline is 20 days after approval, across months and leap days', () => {
    assert.equal(addDays('2025-02-10', 20), '2025-03-02');
    assert.equal(addDays('2024-02-10', 20), '2024-03-01');
    assert.equal(isoDate('2025.3.1'), '2025-03-01');
    assert.equal(isoDate('2025-13-01'), null);
    // 23:30 Beijing time on the 2nd is still the 2nd in China
    assert.equal(chinaDate('2025-03-02T15:30:00.000Z'), '2025-03-02');
    assert.equal(chinaDate('2025-03-02T16:30:00.000Z'), '2025-03-03');
  });
});

for (const backend of ['sqlite', 'postgres'] as const) {
  describe(`ledger on ${backend}`, { timeout: 120_000 }, () => {
    let db: TestDb | undefined;
    let skip: string | undefined;
    let store: Store;
    const today = chinaDate(new Date().toISOString());
    before(async () => {
      const made = await freshDb(backend);
      if (typeof made === 'string') return void (skip = made);
      db = made;
      store = await Store.open(db.spec);
    });
    after(async () => {
      await store?.close();
      await db?.drop();
    });
    const test = (name: string, fn: () => Promise<void>) => void it(name, async (t) => (skip ? t.skip(skip) : fn()));
    const publish = async (unit: string, text: string) => {
      const input = await prepareUpload(`${unit}.txt`, new TextEncoder().encode(text), unit);
      await store.importDisclosure({ ...input, region: REGION });
    };

    test('on time, late, missing, not yet due, with errors; CSV export and the transparency page', async () => {
      const unit = (x: string) => `重庆市渝中区${x}局`;
      await publish(unit('甲'), budgetText({ unit: unit('甲'), fixed: true }));
      await publish(unit('乙'), budgetText({ unit: unit('乙') }));
      const r = await importRoster(
        store.db,
        [
          { unit: unit('甲'), region: REGION, year: 2025, kind: 'budget', approvedOn: addDays(today, -5) },
          { unit: unit('乙'), region: REGION, year: 2025, kind: 'budget', approvedOn: '2025-01-01' },
          { unit: unit('丙'), region: REGION, year: 2025, kind: 'budget', approvedOn: '2025-01-01' },
          { unit: unit('丁'), region: REGION, year: 2025, kind: 'budget', approvedOn: today },
        ],
        { login: 'test' },
      );
      assert.deepEqual(r, { added: 2, updated: 2 });
      const rows = await ledger(store.db, { region: REGION });
      const by = Object.fromEntries(rows.map((x) => [x.org, x]));
      assert.equal(by[unit('甲')].status, 'on-time');
      assert.equal(by[unit('甲')].withErrors, false);
      assert.equal(by[unit('乙')].status, 'late');
      assert.equal(by[unit('乙')].withErrors, true);
      assert.equal(by[unit('乙')].dueDate, '2025-01-21');
      assert.equal(by[unit('丙')].status, 'missing');
      assert.equal(by[unit('丁')].status, 'pending');
      assert.deepEqual(ledgerCounts(rows), { total: 4, onTime: 1, late: 1, missing: 1, pending: 1, withErrors: 1 });

      const app = createApp(store);
      const csv = await (await app.request(`/transparency/ledger.csv?region=${encodeURIComponent(REGION)}`)).text();
      assert.match(csv, /^单位,地区,年度,类型,批复日期,公开期限,首次公开日期,状态,最新版本错误数\r\n/);
      assert.match(csv, new RegExp(`${unit('乙')},${REGION},2025,部门预算,2025-01-01,2025-01-21,${today},逾期公开,1\\r\\n`));
      assert.match(csv, new RegExp(`${unit('丙')},${REGION},2025,部门预算,2025-01-01,2025-01-21,,逾期未公开,\\r\\n`));
      const page = await (await app.request('/transparency')).text();
      assert.match(page, /按期公开（预算法第十四条/);
      assert.match(page, /逾期未公开/);
    });

    test('yusuan ledger import and export on the command line', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'yusuan-ledger-'));
      const file = join(dir, '台账.csv');
      writeFileSync(file, `单位,地区,年度,类型,批复日期\n重庆市渝中区戊局,${REGION},2025,预算,2025-01-10\n重庆市渝中区己局,${REGION},2025,预算,不知道\n`);
      const out: string[] = [];
      const err: string[] = [];
      const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s) };
      assert.equal(await main(['ledger', 'import', file, '--db', db!.spec], io), 1);
      assert.match(out.join('\n'), /2 roster line\(s\)|1 roster line\(s\): 1 added/);
      assert.match(err.join('\n'), /yusuan: .*台账\.csv: row 3: approval date must be a date/);
      err.length = 0;
      assert.equal(await main(['ledger', 'import', join(dir, 'none.csv'), '--db', db!.spec], io), 2);
      assert.match(err[0], /^yusuan: .*none\.csv: /);
      assert.equal(await main(['ledger', 'export', '--year', '20x5'], io), 2);
      const audit = await store.db.selectFrom('audit_log').select('actor').where('action', '=', 'ledger.import').execute();
      assert.ok(audit.some((a) => a.actor.startsWith('cli:')));
    });
  });
}
