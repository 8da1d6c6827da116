/**
 * Password hashing with scrypt (node:crypto): `scrypt$N$r$p$salt$hash`, salt and hash in base64url. Verification
 * compares in constant time, and an account without a password (or a malformed hash) never verifies.
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * At most this many hashes at once: each takes 128 MiB and a core for about a second, so a flood of login attempts
 * waits in line instead of exhausting the machine's memory.
 */
const MAX_CONCURRENT = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function scrypt(pw: string, salt: Buffer, len: number, opts: ScryptOptions): Promise<Buffer> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((r) => waiting.push(r));
  running++;
  try {
    return await new Promise<Buffer>((resolve, reject) => scryptCb(pw, salt, len, opts, (e, key) => (e ? reject(e) : resolve(key))));
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/**
 * OWASP's scrypt floor (N=2^17, r=8, p=1): 128 MiB a hash; measured 1.15 s a hash (median of 5) on this shared
 * 2-core machine under load (`node --import tsx` timing hashPassword, 2 December 2026).
 */
const PARAMS = { N: 1 << 17, r: 8, p: 1 };
const KEY_LEN = 32;
const maxmem = (N: number, r: number) => 128 * N * r * 2;

export const MIN_PASSWORD = 10;
export const MAX_PASSWORD = 200;

/** Why a password is refused, or null. */
export function weakPassword(pw: string): string | null {
  if ([...pw].length < MIN_PASSWORD) return `a password needs at least ${MIN_PASSWORD} characters`;
  if ([...pw].length > MAX_PASSWORD) return `a password has at most ${MAX_PASSWORD} characters`;
  return null;
}

export async function hashPassword(pw: string, params = PARAMS): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(pw.normalize('NFC'), salt, KEY_LEN, { ...params, maxmem: maxmem(params.N, params.r) });
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(pw: string, stored: string | null): Promise<boolean> {
  const m = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([\w-]+)\$([\w-]+)$/.exec(stored ?? '');
  if (!m || [...pw].length > MAX_PASSWORD) {
    // the same work as a real check, so that a missing account does not answer faster than a wrong password
    await hashPassword(pw.slice(0, MAX_PASSWORD));
    return false;
  }
  const [N, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const expected = Buffer.from(m[5], 'base64url');
  const key = await scrypt(pw.normalize('NFC'), Buffer.from(m[4], 'base64url'), expected.length, { N, r, p, maxmem: maxmem(N, r) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
