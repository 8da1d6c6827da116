import { UsageError, type Command } from '../command.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'the public portal and its JSON API (seeds an empty database with the sample data)',
  usage: 'yusuan serve [--db FILE|postgres://…] [--port 8080] [--host 127.0.0.1]',
  options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
  async run({ values }, io) {
    const port = Number(values.port ?? 8080);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`bad --port ${String(values.port)}`);
    const { openStore } = await import('../open-store.ts');
    const { seedIfEmpty } = await import('../../import/index.ts');
    const store = await openStore(values.db);
    const seeded = await seedIfEmpty(store, io);
    if (seeded) io.err(`yusuan serve: empty database; imported ${seeded} sample disclosure(s) from data/samples/`);
    const { startServer } = await import('../../serve/server.ts');
    const host = (values.host as string | undefined) ?? '127.0.0.1';
    let server;
    try {
      server = await startServer(store, { port, host });
    } catch (e) {
      await store.close();
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(
        code === 'EADDRINUSE' ? `port ${port} is in use (choose another with --port)` : `cannot listen on ${host}:${port}: ${(e as Error).message}`,
      );
    }
    io.err(`yusuan serve: http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${server.port}/  (database: ${store.database.label}; Ctrl-C stops)`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        void server
          .close()
          .then(() => store.close())
          .finally(resolve);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
