/**
 * What the portal shows must be right: a disclosure is unit × year × kind × scope; split publications are one
 * disclosure; checklists, templates and test files are refused; a party organ is not a region. Pure helpers, the
 * store on SQLite and PostgreSQL, and `yusuan import` over real corpus files.
 */
import { CORPUS_ORIGINAL } from '../../test/shared.ts';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../cli/main.ts';
import { type Disclosure } from '../model/index.ts';
import { DisclosureSchema } from '../model/schemas.ts';
import { admit, NotADisclosure, unitFromFolder, usableUnit } from './admit.ts';
import { kindKey, kindName, parseKindKey } from './identity.ts';
import { partGroups } from '../import/expand.ts';
import { Store } from './store.ts';
import { freshDb, freshSqlite, type TestDb } from './testing.ts';
import { regionOf } from './text.ts';

const CORPUS = CORPUS_ORIGINAL;

describe('identity helpers', () => {
  it('kind × scope in one URL segment', () => {
    assert.equal(kindKey('budget', 'department'), 'budget');
    assert.equal(kindKey('budget', 'unit'), 'unit-budget');
    assert.deepEqual(parseKindKey('unit-final'), { kind: 'final', scope: 'unit' });
    assert.deepEqual(parseKindKey('budget'), { kind: 'budget', scope: 'department' });
    assert.equal(parseKindKey('department-budget'), null);
    assert.equal(kindName('budget', 'unit'), '单位预算');
    assert.equal(kindName('final', 'department'), '部门决算');
  });
  it('table titles and placeholders are not units', () => {
    for (const t of ['公开01表', '收支预算总表', '表一', '省级部门预算公开报表', '', null]) assert.equal(usableUnit(t), null, String(t));
    assert.equal(usableUnit('江苏省政协办公厅'), '江苏省政协办公厅');
    assert.equal(unitFromFolder('/x/上海市普陀区财政局/2024.pdf'), '上海市普陀区财政局');
    assert.equal(unitFromFolder('/x/downloads/2024.pdf'), null);
  });
  it('checklists, templates and test files are refused; a unit may come from --unit or the folder', () => {
    assert.throws(
      () => admit(['a/008.xlsx'], { unit: '上海市普陀区司法局', title: '2026年度普陀区单位预算公开情况检查表单位名称:上海市普陀区司法局' }, ''),
      NotADisclosure,
    );
    assert.throws(() => admit(['a/x.pdf'], { unit: '上海市XX局' }, ''), /placeholder/);
    assert.throws(() => admit(['a/x-planted-defects-final-2024.pdf'], { unit: '上海市普陀区财政局' }, ''), /test file or template/);
    assert.throws(() => admit(['a/012b.pdf'], { unit: '公开01表' }, ''), /names no unit/);
    assert.equal(admit(['a/012b.pdf'], { unit: '公开01表' }, '', '江苏省政协办公厅').unit, '江苏省政协办公厅');
    assert.equal(admit(['a/江苏省政协办公厅/表.pdf'], { unit: null }, '').unit, '江苏省政协办公厅');
  });
  it('files that differ by a trailing part letter are one publication', () => {
    assert.deepEqual(partGroups(['d/012a.pdf', 'd/012b.pdf', 'd/013.pdf', 'd/budget.pdf']), [['d/012a.pdf', 'd/012b.pdf'], ['d/013.pdf'], ['d/budget.pdf']]);
  });
  it('a party organ is not a region', () => {
    assert.equal(regionOf('中共上海市普陀区委社会工作部'), '上海市普陀区');
  });
});

function model(scope: 'department' | 'unit', total: string): Disclosure {
  const d = DisclosureSchema.parse(JSON.parse(readFileSync('data/samples/sample-1-2024-budget.json', 'utf8')));
  d.identity.unit = '范围测试局';
  d.identity.region = '测试省测试市';
  d.identity.scope = scope;
  d.expenditure.total = { ...d.expenditure.total!, value: total };
  return d;
}

for (const backend of ['sqlite', 'postgres'] as const) {
  describe(`a 单位预算 beside the 部门预算 on ${backend}`, () => {
    let db: TestDb | undefined;
    let skip: string | undefined;
    let store: Store;
    before(async () => {
      const made = await freshDb(backend);
      if (typeof made === 'string') skip = made;
      else {
        db = made;
        store = await Store.open(db.spec);
      }
    });
    after(async () => {
      await store?.close();
      await db?.drop();
    });

    it('is a second disclosure, not a new version; the roll-up sums departments only', async (t) => {
      if (skip) return t.skip(skip);
      const input = (d: Disclosure, hash: string) => ({
        disclosure: d,
        contentHash: hash,
        sources: [],
        body: '',
        textOrigin: 'generated' as const,
        findings: [],
      });
      const a = await store.importDisclosure(input(model('department', '1000.00'), 'a'.repeat(64)));
      const b = await store.importDisclosure(input(model('unit', '300.00'), 'b'.repeat(64)));
      assert.equal(a.status, 'added');
      assert.equal(b.status, 'added');
      assert.match(a.key, /\/2024\/budget$/);
      assert.match(b.key, /\/2024\/unit-budget$/);
      const [slug] = a.key.split('/');
      const o = await store.organisation(slug);
      assert.deepEqual(o!.disclosures.map((x) => x.kindKey).sort(), ['budget', 'unit-budget']);
      assert.equal((await store.disclosure(slug, 2024, 'unit-budget'))!.expenditure, '300.00');
      assert.equal((await store.disclosure(slug, 2024, 'budget'))!.expenditure, '1000.00');
      const r = await store.rollup('测试省测试市', undefined, undefined);
      assert.equal(r.rows.length, 1);
      assert.equal(r.totals['expenditure.total'], '1000.00');
    });
  });
}

describe('yusuan import over corpus files', () => {
  let db: TestDb;
  before(() => {
    db = freshSqlite();
  });
  after(() => db.drop());

  it('keeps 部门 and 单位 apart, joins split files, refuses checklists and templates, and finds the region', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yusuan-corpus-'));
    for (const f of ['001.pdf', '002.pdf', '012a.pdf', '012b.pdf', '008.xlsx', '011.pdf', 'x-template-final.pdf']) copyFileSync(join(CORPUS, f), join(dir, f));
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['import', dir, '--db', db.spec], { out: (s) => out.push(s), err: (s) => err.push(s) });
    assert.equal(code, 1, 'refused files make the exit 1');
    assert.match(out.join('\n'), /4 added, 0 new version\(s\), 0 unchanged, 2 refused/);
    assert.match(err.join('\n'), /008\.xlsx: not a disclosure: a checklist/);
    assert.match(err.join('\n'), /x-template-final\.pdf: not a disclosure/);
    const store = await Store.open(db.spec);
    try {
      const orgs = await store.organisations();
      assert.deepEqual(orgs.map((o) => o.name).sort(), ['上海市普陀区商务委员会', '中共上海市普陀区委社会工作部', '江苏省委办公厅']);
      assert.ok(
        orgs.every((o) => !o.region.startsWith('中共')),
        JSON.stringify(orgs),
      );
      const commerce = await store.organisation(orgs.find((o) => o.name === '上海市普陀区商务委员会')!.slug);
      assert.deepEqual(commerce!.disclosures.map((d) => `${d.kindKey}:${d.versions}`).sort(), ['budget:1', 'unit-budget:1']);
      // the amount 001 states as 37151.47万元, found however it is written
      for (const q of ['37151.47', '37,151.47', '3.72亿', '371,514,700元']) {
        const r = await store.search({ q });
        assert.ok(
          r.hits.some((h) => h.org === '上海市普陀区商务委员会' && h.kindKey === 'budget'),
          `${q}: ${r.hits.map((h) => h.key).join(', ')}`,
        );
      }
      const js = orgs.find((o) => o.name === '江苏省委办公厅')!;
      const d = await store.disclosure(js.slug, 2017, 'budget');
      assert.deepEqual(
        d!.sources.map((s) => s.file),
        ['012a.pdf', '012b.pdf'],
      );
    } finally {
      await store.close();
    }
    // the tables file alone names no unit: refused unless --unit says whose it is
    const alone = mkdtempSync(join(tmpdir(), 'yusuan-tables-'));
    copyFileSync(join(CORPUS, '012b.pdf'), join(alone, 'tables.pdf'));
    const e2: string[] = [];
    assert.equal(await main(['import', join(alone, 'tables.pdf'), '--db', db.spec], { out: () => {}, err: (s) => e2.push(s) }), 1);
    assert.match(e2.join('\n'), /names no unit/);
    // a folder with an .as-one file is one publication, whatever its files are called
    mkdirSync(join(alone, 'one'));
    writeFileSync(join(alone, 'one', '.as-one'), '');
    copyFileSync(join(CORPUS, '021a.pdf'), join(alone, 'one', 'narrative.pdf'));
    copyFileSync(join(CORPUS, '021b.pdf'), join(alone, 'one', 'tables.pdf'));
    const o3: string[] = [];
    assert.equal(await main(['import', join(alone, 'one'), '--db', db.spec], { out: (s) => o3.push(s), err: () => {} }), 0);
    assert.match(o3.join('\n'), /2 file\(s\) .*: 1 added/);
  });
});
