/**
 * Test helpers for the work area: the people of a region (two departments' editors, the region's reviewer, another
 * region's reviewer, an administrator), documents with known findings, and an in-process client that keeps its
 * cookies, sends this site's Origin and carries the page's form token, as a browser does.
 */
import { after, before, it } from 'node:test';
import type { Hono } from 'hono';
import { Accounts } from '../store/accounts.ts';
import { Store } from '../store/store.ts';
import { freshDb, type TestDb } from '../store/testing.ts';
import { createApp } from './app.ts';

export const REGION = '重庆市渝中区';
export const PASSWORD = 'correct-horse-battery';
export const ORIGIN = 'http://127.0.0.1';

export const PEOPLE = {
  editor: { login: 'editor', role: 'editor', unit: '重庆市渝中区示范局', region: REGION },
  other: { login: 'other', role: 'editor', unit: '重庆市渝中区别的局', region: REGION },
  reviewer: { login: 'reviewer', role: 'reviewer', region: REGION },
  stranger: { login: 'stranger', role: 'reviewer', region: '上海市普陀区' },
  admin: { login: 'admin', role: 'admin' },
} as const;
export type Who = keyof typeof PEOPLE;

export async function addPeople(store: Store): Promise<void> {
  const accounts = new Accounts(store.db);
  for (const p of Object.values(PEOPLE)) await accounts.add({ displayName: `${p.login}用户`, ...p }, PASSWORD, { login: 'test' });
}

/** A 部门预算 with one error (三公 10.00 ≠ 11.00) and one warning (no 名词解释); `fixed` corrects both. */
export function budgetText(opts: { fixed?: boolean; unit?: string } = {}): string {
  return [
    `${opts.unit ?? PEOPLE.editor.unit}2025年部门预算`,
    '一、部门基本情况',
    '本部门负责示范工作。',
    '二、收支预算总体情况',
    '2025年收入预算总计500.00万元，支出预算总计500.00万元。政府性基金预算财政拨款：无。',
    '三、“三公”经费预算情况',
    `2025年“三公”经费预算${opts.fixed ? '11.00' : '10.00'}万元，其中：因公出国（境）费0.00万元，公务接待费2.00万元，公务用车购置费0.00万元，公务用车运行费9.00万元。`,
    '四、机关运行经费',
    '2025年机关运行经费预算50.00万元。',
    '五、政府采购情况',
    '2025年政府采购预算20.00万元。',
    '六、国有资产占有使用情况',
    '截至上年底，本部门共有车辆2辆。',
    '七、绩效目标情况',
    '2025年实行绩效目标管理的项目1个。',
    ...(opts.fixed ? ['八、名词解释', '机关运行经费：指为保障行政单位运行的经费。'] : []),
    '九、联系人及联系方式',
    '联系人：张三，电话：023-12345678。',
  ].join('\n');
}

/** The form token on a page (every form of a session carries the same one). */
export const tokenIn = (page: string) => /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';

export class Client {
  cookies = new Map<string, string>();
  last = '';
  constructor(
    private app: Hono,
    public origin: string | null = ORIGIN,
  ) {}

  private keep(r: Response) {
    for (const c of r.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const [k, v] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      if (!v || attrs.some((a) => /max-age=0/i.test(a.trim()))) this.cookies.delete(k);
      else this.cookies.set(k, v);
    }
  }

  headers(extra: Record<string, string> = {}): Record<string, string> {
    const h: Record<string, string> = { ...extra };
    if (this.cookies.size) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (this.origin) h.origin = this.origin;
    return h;
  }

  async get(path: string): Promise<Response> {
    const r = await this.app.request(ORIGIN + path, { headers: this.headers() });
    this.keep(r);
    if ((r.headers.get('content-type') ?? '').includes('html')) this.last = await r.clone().text();
    return r;
  }

  /** POST a form; `_csrf` is the last page's token unless given. */
  async post(path: string, fields: Record<string, string | Blob>, file?: { name: string; bytes: Uint8Array | string }): Promise<Response> {
    const all = { _csrf: tokenIn(this.last), ...fields };
    let body: FormData | URLSearchParams;
    if (file) {
      body = new FormData();
      for (const [k, v] of Object.entries(all)) body.append(k, v);
      body.append('file', new Blob([file.bytes as BlobPart]), file.name);
    } else body = new URLSearchParams(all as Record<string, string>);
    const r = await this.app.request(ORIGIN + path, { method: 'POST', body, headers: this.headers() });
    this.keep(r);
    if ((r.headers.get('content-type') ?? '').includes('html')) this.last = await r.clone().text();
    return r;
  }

  async login(login: string, password = PASSWORD): Promise<Response> {
    await this.get('/login');
    const r = await this.post('/login', { login, password });
    // as a browser follows the redirect: the work page and its form token
    if (r.status === 303) await this.get('/work');
    return r;
  }
}

/** The submission id a redirect after upload names. */
export const submissionOf = (r: Response) => Number(/\/work\/s\/(\d+)/.exec(r.headers.get('location') ?? '')?.[1]);

/**
 * Inside a describe: a fresh database of the backend with PEOPLE in it and the portal over it, handed to `ready`
 * before the tests (and closed after); `test` skips, with the reason, where the backend is not reachable.
 */
export function workArea(backend: 'sqlite' | 'postgres', ready: (store: Store, app: ReturnType<typeof createApp>) => void) {
  let db: TestDb | undefined;
  let store: Store | undefined;
  let skip: string | undefined;
  before(async () => {
    const made = await freshDb(backend);
    if (typeof made === 'string') return void (skip = made);
    db = made;
    store = await Store.open(db.spec);
    await addPeople(store);
    ready(store, createApp(store));
  });
  after(async () => {
    await store?.close();
    await db?.drop();
  });
  return {
    test: (name: string, fn: () => Promise<void>) => void it(name, async (t) => (skip ? t.skip(skip) : fn())),
    skipped: () => skip,
  };
}
