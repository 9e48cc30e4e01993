/** `steppe serve`: the API (and dashboard) on a host and port, read-only over a store. */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configError } from '../errors.js';
import { openReader } from '../store/reader.js';
import { createApp } from './app.js';
import { isLoopback } from './auth.js';

export interface ServeOptions {
  db: string;
  host?: string;
  /** 0 picks a free port */
  port?: number;
  token?: string;
  webRoot?: string;
  logger?: { warn(message: string): void };
  /** API paths answered once right after start, so the first person to ask finds them ready */
  warm?: string[];
}

/** What the dashboard opens on: the alerts of the last week with data. */
export const WARM_PATHS = ['/api/alerts'];

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8787;

/** dist/web beside the package (the dashboard build), wherever this module runs from. */
export function defaultWebRoot(): string {
  let at = dirname(fileURLToPath(import.meta.url));
  for (let k = 0; k < 4 && !at.endsWith('/src'); k++) at = dirname(at);
  const pkg = dirname(at).endsWith('/dist') ? dirname(dirname(at)) : dirname(at);
  return join(pkg, 'dist', 'web');
}

/** Refuses a non-loopback host without a token: the corpus would be open to the network. */
export function checkBind(host: string, token: string | undefined): void {
  if (!isLoopback(host) && !token) {
    throw configError(`refusing to listen on ${host} without an access token (give --token or set STEPPE_TOKEN)`);
  }
  if (token !== undefined && token.length < 8) throw configError('the access token must be at least 8 characters');
}

export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const host = o.host ?? DEFAULT_HOST;
  checkBind(host, o.token);
  const reader = openReader(o.db);
  const app = createApp({ reader, token: o.token, webRoot: o.webRoot ?? defaultWebRoot(), logger: o.logger });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: o.port ?? DEFAULT_PORT }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      const warm = o.warm ?? WARM_PATHS;
      setImmediate(() => {
        for (const path of warm) Promise.resolve(app.request(path)).catch(() => undefined);
      });
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((done) => server.close(() => { reader.close(); done(); })),
      });
    });
    server.once('error', (err: Error) => {
      reader.close();
      reject(configError(`cannot listen on ${host}:${o.port ?? DEFAULT_PORT}: ${err.message}`));
    });
  });
}
