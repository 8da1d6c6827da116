// yusuan render and yusuan template as the CLI contract states them (shared/spec/cli.md): exit 0 written,
// 1 refused with the error findings (unless --force), 2 bad model or bad usage, one line per problem.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../cli/main.ts';

let dir = '';
before(async () => (dir = await mkdtemp(path.join(tmpdir(), 'yusuan-render-cli-'))));
after(async () => dir && rm(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const GOOD = 'identity: { kind: budget, year: 2025, unit: 测试局 }\nincome:\n  total: { value: "100.00", prev: "90.00" }\n  general: { value: "100.00" }\n';
const BAD_SUM =
  'identity: { kind: budget, year: 2025, unit: 测试局 }\nexpenditure:\n  total: { value: "100.00" }\n  basic: { value: "30.00" }\n  project: { value: "20.00" }\n';

test('render writes the file; the format comes from --format or the extension', async () => {
  const model = path.join(dir, 'good.yaml');
  await writeFile(model, GOOD);
  const r = await cli('render', model, '-o', path.join(dir, 'out.md'));
  assert.equal(r.code, 0, r.err);
  assert.match(await readFile(path.join(dir, 'out.md'), 'utf8'), /收入较去年增加10.00万元/);
  const x = await cli('render', model, '--format', 'xlsx', '-o', path.join(dir, 'out.bin'));
  assert.equal(x.code, 0, x.err);
  assert.equal((await readFile(path.join(dir, 'out.bin'))).subarray(0, 2).toString(), 'PK');
});

test('render refuses a model with error findings, naming them; --force writes it anyway', async () => {
  const model = path.join(dir, 'bad.yaml');
  await writeFile(model, BAD_SUM);
  const r = await cli('render', model, '-f', 'md', '-o', path.join(dir, 'bad.md'));
  assert.equal(r.code, 1);
  assert.match(r.err, /refused: \d+ error finding/);
  assert.match(r.err, /basic-project-sum/);
  const forced = await cli('render', model, '-f', 'md', '-o', path.join(dir, 'bad.md'), '--force');
  assert.equal(forced.code, 0);
});

test('a bad model is one line naming the file and the path, exit 2; bad usage exit 2', async () => {
  const model = path.join(dir, 'broken.json');
  await writeFile(model, '{"identity": {"kind": "budget", "year": 2025}}');
  const r = await cli('render', model, '-f', 'md', '-o', path.join(dir, 'x.md'));
  assert.equal(r.code, 2);
  assert.equal(r.err.split('\n').length, 1);
  assert.match(r.err, /^yusuan: .*broken\.json: invalid model at identity\.unit/);
  assert.equal((await cli('render', path.join(dir, 'missing.json'), '-f', 'md', '-o', 'x.md')).code, 2);
  assert.equal((await cli('render', model, '-f', 'odt', '-o', 'x.odt')).code, 2);
  assert.equal((await cli('template', '--kind', 'other')).code, 2);
});

test('template prints YAML with comments that render accepts once filled in', async () => {
  const r = await cli('template', '--kind', 'final', '--year', '2024');
  assert.equal(r.code, 0);
  assert.match(r.out, /kind: final/);
  assert.match(r.out, /year: 2024/);
  const model = path.join(dir, 'filled.yaml');
  await writeFile(model, r.out.replace('unit: ""', 'unit: "测试中心"'));
  const out = path.join(dir, 'filled.html');
  const rr = await cli('render', model, '-o', out);
  assert.equal(rr.code, 0, rr.err);
  assert.match(await readFile(out, 'utf8'), /测试中心/);
});
