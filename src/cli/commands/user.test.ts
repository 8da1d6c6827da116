/**
 * `yusuan user` as an administrator runs it: the password from standard input (never an argument), a random one
 * printed once without it, one-line refusals with exit 2, and every change in the audit log as cli:USER.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { freshSqlite } from '../../store/testing.ts';
import { Store } from '../../store/store.ts';
import { verifyPassword } from '../../store/password.ts';
import { Accounts } from '../../store/accounts.ts';

const yusuan = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, ['bin/yusuan.mjs', 'user', ...args], {
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, YUSUAN_SOURCES: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('yusuan user', { timeout: 120_000 }, () => {
  it('adds, lists, disables and changes passwords; refuses bad input in one line', async () => {
    const db = freshSqlite();
    try {
      const add = yusuan(
        ['add', 'wang', '--role', 'editor', '--unit', '重庆市渝中区示范局', '--region', '重庆市渝中区', '--name', '王编辑', '--db', db.spec],
        'first-password-1\n',
      );
      assert.equal(add.code, 0, add.err);
      assert.match(add.out, /added wang: 部门编辑, 重庆市渝中区示范局, 重庆市渝中区/);
      assert.doesNotMatch(add.out, /password:/, 'a given password is not printed');
      const made = yusuan(['add', 'lina', '--role', 'reviewer', '--region', '重庆市渝中区', '--db', db.spec]);
      assert.equal(made.code, 0, made.err);
      const pw = /password: (\S+)/.exec(made.out)?.[1];
      assert.ok(pw && pw.length >= 20, 'a random password, printed once');
      for (const [args, msg] of [
        [['add', 'Bad Name', '--role', 'admin'], /login: a login is 3–32 lowercase/],
        [['add', 'zhao', '--role', 'reviewer'], /a reviewer needs --region/],
        [['add', 'zhao', '--role', 'editor', '--region', 'x'], /an editor needs --org SLUG, or --unit NAME and --region/],
        [['add', 'zhao', '--role', 'king'], /role/],
        [['add', 'wang', '--role', 'admin'], /exists already/],
        [['passwd', 'nobody'], /no account nobody/],
        [['frobnicate'], /give one of add, list, disable, enable, passwd/],
      ] as [string[], RegExp][]) {
        const r = yusuan([...args, '--db', db.spec], 'long-enough-password\n');
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.err, msg);
        assert.match(r.err.split('\n')[0], /^yusuan user: \S/, 'one line first (the usage may follow)');
        assert.doesNotMatch(r.err, /\bat .+\.ts:\d+/);
      }
      assert.equal(yusuan(['passwd', 'wang', '--db', db.spec], 'short\n').code, 2);
      assert.equal(yusuan(['passwd', 'wang', '--db', db.spec], 'second-password-2\n').code, 0);
      assert.equal(yusuan(['disable', 'lina', '--db', db.spec]).code, 0);
      const list = yusuan(['list', '--db', db.spec]);
      assert.match(list.out, /^lina\treviewer\tlina\t\t重庆市渝中区\tdisabled$/m);
      assert.match(list.out, /^wang\teditor\t王编辑\t重庆市渝中区示范局 \([0-9a-f]{12}\)\t重庆市渝中区\tactive$/m);
      const store = await Store.open(db.spec);
      try {
        const wang = await new Accounts(store.db).byLogin('wang');
        assert.equal(await verifyPassword('second-password-2', wang!.passwordHash), true);
        assert.equal(await verifyPassword('first-password-1', wang!.passwordHash), false);
        assert.match(wang!.passwordHash!, /^scrypt\$131072\$8\$1\$/);
        const log = await store.db.selectFrom('audit_log').select(['actor', 'action']).execute();
        for (const a of ['account.add', 'account.password', 'account.disable'])
          assert.ok(
            log.some((x) => x.action === a && x.actor.startsWith('cli:')),
            a,
          );
      } finally {
        await store.close();
      }
    } finally {
      await db.drop();
    }
  });

  it('yusuan import records who imported: cli:USER in the audit log', async () => {
    const db = freshSqlite();
    try {
      const r = spawnSync(process.execPath, ['bin/yusuan.mjs', 'import', 'src/write/__fixtures__/budget.yaml', '--db', db.spec], {
        encoding: 'utf8',
        env: { ...process.env, YUSUAN_SOURCES: '1' },
      });
      assert.equal(r.status, 0, r.stderr);
      const store = await Store.open(db.spec);
      try {
        const log = await store.db.selectFrom('audit_log').select(['actor', 'action']).execute();
        assert.ok(log.length > 0 && log.every((x) => x.actor.startsWith('cli:')), JSON.stringify(log));
      } finally {
        await store.close();
      }
    } finally {
      await db.drop();
    }
  });
});
