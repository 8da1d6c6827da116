/** The portal's guards: methods, control characters, and a cap on open connections (an empty SQLite store). */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { Store } from '../store/store.ts';
import { freshSqlite, type TestDb } from '../store/testing.ts';
import { createApp } from './app.ts';
import { startServer, type RunningServer } from './server.ts';

describe('portal guards', () => {
  let db: TestDb;
  let store: Store;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    db = freshSqlite();
    store = await Store.open(db.spec);
    app = createApp(store);
  });
  after(async () => {
    await store.close();
    await db.drop();
  });

  it('a method other than GET/HEAD is 405 with Allow', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      for (const path of ['/', '/api/search?q=x']) {
        const r = await app.request(path, { method });
        assert.equal(r.status, 405, `${method} ${path}`);
        assert.equal(r.headers.get('allow'), 'GET, HEAD');
      }
    }
    assert.equal((await app.request('/api/stats', { method: 'HEAD' })).status, 200);
  });

  it('NUL and other control characters in a query parameter or the path are 400; ordinary queries pass', async () => {
    for (const path of ['/search?q=%00', '/api/search?q=%E4%B8%89%00', '/api/search?q=a%1Fb', '/search?region=%7F', '/api/disclosures/%00/2024/budget']) {
      const r = await app.request(path);
      assert.equal(r.status, 400, path);
      if (path.startsWith('/api/')) assert.match((await r.json()).error, /control characters/);
    }
    assert.equal((await app.request('/api/search?q=%E4%B8%89%E5%85%AC')).status, 200);
    assert.equal((await app.request('/search?q=a%20b')).status, 200);
  });

  it('connections over the limit are dropped at once; the portal still answers when they are gone', async () => {
    const server: RunningServer = await startServer(store, { port: 0, maxConnections: 5 });
    const sockets: Socket[] = [];
    try {
      const closed = await Promise.all(
        Array.from(
          { length: 12 },
          () =>
            new Promise<boolean>((done) => {
              const s = connect(server.port, '127.0.0.1');
              sockets.push(s);
              s.on('error', () => {});
              s.on('close', () => done(true));
              setTimeout(() => done(false), 1500);
            }),
        ),
      );
      assert.equal(closed.filter(Boolean).length, 7, 'the 7 connections over the limit of 5 are closed');
      for (const s of sockets) s.destroy();
      await new Promise((r) => setTimeout(r, 100));
      const r = await fetch(`http://127.0.0.1:${server.port}/api/stats`);
      assert.equal(r.status, 200);
    } finally {
      for (const s of sockets) s.destroy();
      await server.close();
    }
  });
});
