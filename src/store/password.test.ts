import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hashPassword, verifyPassword, weakPassword } from './password.ts';

const CHEAP = { N: 1024, r: 8, p: 1 };

describe('passwords', () => {
  it('hashes with a fresh salt and verifies only the right password', async () => {
    const a = await hashPassword('正确的密码-horse', CHEAP);
    const b = await hashPassword('正确的密码-horse', CHEAP);
    assert.notEqual(a, b, 'salted');
    assert.match(a, /^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    assert.equal(await verifyPassword('正确的密码-horse', a), true);
    assert.equal(await verifyPassword('正确的密码-horsf', a), false);
    assert.equal(await verifyPassword('', a), false);
  });

  it('never verifies against no hash or a malformed one; refuses weak and absurd passwords', async () => {
    assert.equal(await verifyPassword('anything-at-all', null), false);
    assert.equal(await verifyPassword('anything-at-all', 'plain:anything-at-all'), false);
    assert.equal(await verifyPassword('x'.repeat(10_000), await hashPassword('x'.repeat(10_000).slice(0, 200), CHEAP)), false);
    assert.match(weakPassword('short') ?? '', /at least 10/);
    assert.match(weakPassword('x'.repeat(201)) ?? '', /at most 200/);
    assert.equal(weakPassword('long-enough-1'), null);
  });
});
