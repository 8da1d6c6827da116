import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../main.ts';
import { alter, seedText } from '../../check/testing.ts';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

const dir = mkdtempSync(path.join(tmpdir(), 'yusuan-check-'));
const seed = path.join(dir, 'seed.txt');
writeFileSync(seed, seedText());
const broken = path.join(dir, 'broken.txt');
writeFileSync(broken, alter(seedText(), '科学技术支出352.72万元', '科学技术支出362.72万元'));

test('yusuan check: the seed as text, like a linter; exit 0 (warnings only)', async () => {
  const r = io();
  assert.equal(await main(['check', seed], r.io), 0);
  const text = r.out.join('\n');
  assert.match(text, /seed\.txt:64 {2}warning {2}template-residue/);
  assert.match(text, /seed\.txt:66 {2}warning {2}template-residue/);
  assert.match(text, /→ 删除模板说明文字/);
  assert.match(text, /2 findings \(0 errors, 2 warnings, 0 info\) in 1 file/);
});

test('yusuan check --format json: the spec/cli.md shape; an error exits 1', async () => {
  const r = io();
  assert.equal(await main(['check', broken, '--format', 'json'], r.io), 1);
  const json = JSON.parse(r.out.join('\n'));
  const f = json.findings.find((x: { rule: string }) => x.rule === 'function-classes-sum');
  assert.equal(f.severity, 'error');
  assert.deepEqual(Object.keys(f.figures).sort(), ['actual', 'difference', 'expected', 'tolerance']);
  assert.equal(f.evidence[0].file, broken);
  assert.equal(f.evidence[0].line, 46);
  assert.ok(f.suggestion);
});

test('yusuan check: an unreadable input is one line on stderr, exit 2, the others still checked', async () => {
  const r = io();
  assert.equal(await main(['check', path.join(dir, 'missing.txt'), seed, '--format', 'json'], r.io), 2);
  assert.deepEqual(r.err, [`yusuan: ${path.join(dir, 'missing.txt')}: no such file`]);
  assert.equal(JSON.parse(r.out.join('\n')).findings.length, 2);
});

test('yusuan check --format html: a self-contained printable report, text escaped', async () => {
  const evil = path.join(dir, 'evil.txt');
  writeFileSync(evil, alter(seedText(), '单位预算公开联系人：王亚', '单位预算公开联系人：<script>alert(1)</script>XX'));
  const r = io();
  await main(['check', evil, '--format', 'html'], r.io);
  const html = r.out.join('\n');
  assert.match(html, /^<!doctype html>/);
  assert.match(html, /@media print/);
  assert.ok(!html.includes('<script>'), 'document text is escaped');
  assert.ok(html.includes('&lt;script&gt;'));
  assert.ok(!/(src|href)=["']?https?:/.test(html), 'no external resources');
});

test('yusuan check: a bad format is a usage error (exit 2)', async () => {
  const r = io();
  assert.equal(await main(['check', seed, '--format', 'pdf'], r.io), 2);
});

test('yusuan rules: every rule with its severity, kinds and basis', async () => {
  const r = io();
  assert.equal(await main(['rules'], r.io), 0);
  const text = r.out.join('\n');
  assert.match(text, /template-residue\s+warning\s+budget,final/);
  assert.match(text, /依据：/);
  const j = io();
  await main(['rules', '--json'], j.io);
  assert.ok(JSON.parse(j.out.join('\n')).some((m: { id: string }) => m.id === 'change-percent'));
});
