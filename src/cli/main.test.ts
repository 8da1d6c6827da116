import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMANDS, main } from './main.ts';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('every command answers --help and -h with its summary and usage, exit 0, nothing on stderr', async () => {
  assert.ok(COMMANDS.length >= 8);
  for (const c of COMMANDS) {
    for (const flag of ['--help', '-h']) {
      const r = await run([c.name, flag]);
      assert.deepEqual([r.code, r.err], [0, ''], `${c.name} ${flag}: ${r.err}`);
      assert.equal(r.out, `${c.summary}\nusage: ${c.usage}`, `${c.name} ${flag}`);
    }
  }
});

test('an unknown option is still one usage error, exit 2', async () => {
  const r = await run(['check', '--nope']);
  assert.equal(r.code, 2);
  assert.match(r.err, /^yusuan check: Unknown option '--nope'/);
  assert.match(r.err, /usage: yusuan check/);
});

test('yusuan --help lists every command', async () => {
  const r = await run(['--help']);
  assert.equal(r.code, 0);
  for (const c of COMMANDS) assert.ok(r.out.includes(c.usage), c.name);
});
