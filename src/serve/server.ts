/** Binds the portal to a port (@hono/node-server). */
import { serve } from '@hono/node-server';
import type { Store } from '../store/store.ts';
import { createApp } from './app.ts';

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Limits against slow and many clients: open connections are capped (beyond it new ones are dropped at once, so the
 * process keeps descriptors for its database and files), headers must arrive within 10 s and a whole request
 * within 30 s (checked every 2 s), idle keep-alive connections close after 5 s.
 */
export const LIMITS = { maxConnections: 2000, headersTimeout: 10_000, requestTimeout: 30_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 2_000 };

export function startServer(store: Store, opts: { port: number; host?: string; maxConnections?: number }): Promise<RunningServer> {
  const app = createApp(store);
  const { maxConnections, connectionsCheckingInterval, ...timeouts } = LIMITS;
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: opts.port, hostname: opts.host ?? '127.0.0.1', serverOptions: { ...timeouts, connectionsCheckingInterval } },
      (info) =>
        resolve({
          port: info.port,
          close: () => new Promise<void>((r) => server.close(() => r())),
        }),
    );
    server.maxConnections = opts.maxConnections ?? maxConnections;
    server.once('error', reject);
  });
}
