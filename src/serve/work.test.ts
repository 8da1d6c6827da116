/**
 * The review workflow through the portal, in-process, on SQLite and PostgreSQL: an editor uploads, explains and
 * submits; the region's reviewer decides each finding and approves; the public sees the approved version only;
 * a correction is a new version with its change note and a diff; the audit log says who, what and from where.
 */
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import type { Store } from '../store/store.ts';
import { createApp } from './app.ts';
import { budgetText, Client, PEOPLE, submissionOf, workArea } from './work-testing.ts';

for (const backend of ['sqlite', 'postgres'] as const) {
  describe(`review workflow on ${backend}`, { timeout: 120_000 }, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    const { test } = workArea(backend, (s, a) => ([store, app] = [s, a]));

    test('upload → explain → submit → decide → approve → public; a correction is a new version with a diff', async () => {
      const editor = new Client(app);
      assert.equal((await editor.login('editor')).status, 303);
      const up = await editor.post('/work/upload', {}, { name: '示范局2025年部门预算.txt', bytes: budgetText() });
      assert.equal(up.status, 303, editor.last);
      const id = submissionOf(up);
      const page = await (await editor.get(`/work/s/${id}`)).text();
      assert.match(page, /three-public-sum/);
      assert.match(page, /sections-required/);
      const seqs = [...page.matchAll(/name="seq" value="(\d+)"/g)].map((m) => m[1]);
      assert.equal(seqs.length, 2);

      // nothing is public before approval, and the reviewer sees no draft
      assert.equal((await app.request('/api/disclosures')).status, 200);
      assert.equal(((await (await app.request('/api/disclosures')).json()) as { total: number }).total, 0);
      const reviewer = new Client(app);
      await reviewer.login('reviewer');
      assert.equal((await reviewer.get(`/work/s/${id}`)).status, 404);

      // submitting with a finding unanswered is refused with the reason
      assert.equal((await editor.post(`/work/s/${id}/submit`, { note: '' })).status, 409);
      assert.match(editor.last, /未说明或标为已改正/);
      await editor.get(`/work/s/${id}`);
      for (const seq of seqs)
        assert.equal((await editor.post(`/work/s/${id}/respond`, { seq, response: 'explained', reason: '按财政批复数填列' })).status, 303);
      assert.equal((await editor.post(`/work/s/${id}/submit`, { note: '' })).status, 303);
      // a submitted document can no longer be changed by its editor
      assert.equal((await editor.post(`/work/s/${id}/respond`, { seq: seqs[0], response: 'fixed', reason: '改了' })).status, 403);

      const queue = await (await reviewer.get('/work')).text();
      assert.match(queue, new RegExp(`/work/s/${id}`));
      await reviewer.get(`/work/s/${id}`);
      // approving before every error and warning is decided is refused
      assert.equal((await reviewer.post(`/work/s/${id}/approve`, { note: '' })).status, 409);
      await reviewer.get(`/work/s/${id}`);
      assert.equal((await reviewer.post(`/work/s/${id}/decide`, { seq: seqs[0], decision: 'dismissed', reason: '四舍五入所致，不是问题' })).status, 303);
      assert.equal((await reviewer.post(`/work/s/${id}/decide`, { seq: seqs[1], decision: 'accepted', reason: '下次补充名词解释' })).status, 303);
      assert.match(await (await reviewer.get(`/work/s/${id}`)).text(), /驳回 — 四舍五入所致/);
      assert.equal((await reviewer.post(`/work/s/${id}/approve`, { note: '同意公开' })).status, 303);

      const list = (await (await app.request('/api/disclosures')).json()) as { total: number; items: { key: string; org: string }[] };
      assert.equal(list.total, 1);
      assert.equal(list.items[0].org, PEOPLE.editor.unit);
      const key = list.items[0].key;
      const pub = await (await app.request(`/org/${key}`)).text();
      assert.match(pub, /示范局2025年部门预算/);

      // the correction: a change note is required, the old version stays, the diff shows 10.00 → 11.00
      const up2 = await editor.post('/work/upload', {}, { name: '示范局2025年部门预算（更正）.txt', bytes: budgetText({ fixed: true }) });
      const id2 = submissionOf(up2);
      await editor.get(`/work/s/${id2}`);
      assert.equal((await editor.post(`/work/s/${id2}/submit`, { note: '' })).status, 400);
      assert.match(editor.last, /更正说明/);
      await editor.get(`/work/s/${id2}`);
      assert.equal((await editor.post(`/work/s/${id2}/submit`, { note: '更正“三公”经费合计为11.00万元，补充名词解释' })).status, 303);
      await reviewer.get(`/work/s/${id2}`);
      assert.equal((await reviewer.post(`/work/s/${id2}/approve`, { note: '' })).status, 303);
      const d = (await (await app.request(`/api/disclosures/${key}`)).json()) as { versionsList: { contentHash: string }[] };
      assert.equal(d.versionsList.length, 2);
      const page2 = await (await app.request(`/org/${key}`)).text();
      assert.match(page2, /版本（2）/);
      assert.match(page2, /更正“三公”经费合计为11.00万元/);
      const diff = await (await app.request(`/org/${key}/diff`)).text();
      assert.match(diff, /“三公”经费[\s\S]*?10\.00[\s\S]*?11\.00[\s\S]*?\+1\.00/);
      assert.match(diff, /<ins>\+ 八、名词解释<\/ins>/);
      // the first version is still there, unchanged
      const old = await (await app.request(`/org/${key}/v/${d.versionsList[1].contentHash.slice(0, 16)}`)).text();
      assert.match(old, /预算10\.00万元/);

      // the audit log: who, what, from where
      const acts = await store.db.selectFrom('audit_log').select(['actor', 'action', 'ip']).where('actor', 'in', ['editor', 'reviewer']).execute();
      for (const a of ['session.login', 'submission.upload', 'finding.respond', 'submission.submit', 'finding.decide', 'submission.approve'])
        assert.ok(
          acts.some((x) => x.action === a),
          a,
        );
      // (the store's own disclosure.publish line, written by the shared import path, names the reviewer without an address)
      assert.ok(
        acts.filter((x) => !x.action.startsWith('disclosure.')).every((x) => x.ip),
        'every portal action records where it came from',
      );
      assert.ok(
        acts.some((x) => x.action === 'disclosure.publish' && x.actor === 'reviewer'),
        'the publication names the approving reviewer',
      );
      const admin = new Client(app);
      await admin.login('admin');
      const log = await (await admin.get('/work/audit')).text();
      assert.match(log, /submission\.approve/);
    });

    test('a returned submission goes back to its editor with the reason', async () => {
      const editor = new Client(app);
      await editor.login('editor');
      const id = submissionOf(
        await editor.post('/work/upload', {}, { name: 'b.txt', bytes: budgetText().replace('2025年', '2026年').replaceAll('2025', '2026') }),
      );
      const page = await (await editor.get(`/work/s/${id}`)).text();
      for (const [, seq] of page.matchAll(/name="seq" value="(\d+)"/g))
        await editor.post(`/work/s/${id}/respond`, { seq, response: 'fixed', reason: '已改正' });
      await editor.get(`/work/s/${id}`);
      assert.equal((await editor.post(`/work/s/${id}/submit`, { note: '' })).status, 303);
      const reviewer = new Client(app);
      await reviewer.login('reviewer');
      await reviewer.get(`/work/s/${id}`);
      assert.equal((await reviewer.post(`/work/s/${id}/return`, { note: '' })).status, 400);
      await reviewer.get(`/work/s/${id}`);
      assert.equal((await reviewer.post(`/work/s/${id}/return`, { note: '请核对三公经费' })).status, 303);
      const back = await (await editor.get(`/work/s/${id}`)).text();
      assert.match(back, /已退回/);
      assert.match(back, /请核对三公经费/);
      assert.match(back, /提交财政审核/);
    });

    test('a filled-in model (the YAML of yusuan template, or JSON) is uploaded like a document', async () => {
      const editor = new Client(app);
      await editor.login('other');
      const model = readFileSync('data/samples/sample-1-2021-budget.json', 'utf8');
      const yaml = stringify(JSON.parse(model));
      const r = await editor.post('/work/upload', {}, { name: '2021年部门预算模板.yaml', bytes: `# yusuan template, filled in\n${yaml}` });
      assert.equal(r.status, 303, editor.last.match(/role="alert">[^<]*/)?.[0]);
      const page = await (await editor.get(`/work/s/${submissionOf(r)}`)).text();
      assert.match(page, /2021年部门预算模板\.yaml/);
      assert.match(page, new RegExp(PEOPLE.other.unit));
      assert.match(page, /检查发现（\d+ 条）/);
    });

    test('the same file again is said to be published already', async () => {
      const editor = new Client(app);
      await editor.login('editor');
      const r = await editor.post('/work/upload', {}, { name: 'again.txt', bytes: budgetText() });
      assert.equal(r.status, 409);
      assert.match(editor.last, /已经公开过/);
    });
  });
}
