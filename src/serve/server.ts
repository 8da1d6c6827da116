/** Binds the portal to a port (@hono/node-server). */
import { serve } from '@hono/node-server';
import type { Store } from '../store/store.ts';
import { createApp } from './app.ts';

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

export function startServer(store: Store, opts: { port: number; host?: string }): Promise<RunningServer> {
  const app = createApp(store);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host ?? '127.0.0.1' }, (info) =>
      resolve({
        port: info.port,
        close: () => new Promise<void>((r) => server.close(() => r())),
      }),
    );
    server.once('error', reject);
  });
}
