import type { Command } from 'commander';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../../api/server.js';
import { usageError } from '../../errors.js';
import { dbFile } from '../analytics-args.js';
import type { CliIO } from '../io.js';

interface ServeOptions { db?: string; host: string; port: string; token?: string; web?: string }

export function serveCommand(program: Command, io: CliIO, until: () => Promise<void> = stopSignal): Command {
  return program
    .command('serve')
    .description('serve the HTTP API (and the dashboard, when built) over a store, read-only')
    .option('--db <path>', 'SQLite database (default ./steppe.db, or $STEPPE_DB)')
    .option('--host <host>', 'address to bind; other than loopback needs a token', DEFAULT_HOST)
    .option('--port <port>', 'TCP port (0 picks a free one)', String(DEFAULT_PORT))
    .option('--token <token>', 'require Authorization: Bearer <token> (or set STEPPE_TOKEN)')
    .option('--web <dir>', 'folder of the built dashboard (default dist/web of the package)')
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!/^\d+$/.test(opts.port) || port > 65535) throw usageError(`--port must be a port number 0..65535, got "${opts.port}"`);
      const db = dbFile(opts.db, io);
      const server = await startServer({
        db, host: opts.host, port, token: opts.token ?? io.env.STEPPE_TOKEN, webRoot: opts.web,
        logger: { warn: (m) => io.stderr.write(`warning: ${m}\n`) },
      });
      io.stderr.write(`steppe: serving ${db} read-only at ${server.url} (API under /api, OpenAPI at /openapi.json); Ctrl-C stops\n`);
      await until();
      await server.close();
    });
}

/** Resolves on SIGINT or SIGTERM. */
function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
