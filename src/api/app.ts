/**
 * The HTTP API: a hono app over a read-only corpus. Every route is a GET declared in
 * routes-*.ts; errors become JSON {error: {code, message}} with a status from the error's code.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { CorpusAnalytics } from '../analytics/corpus.js';
import { SteppeError, describeError, type ErrorCode } from '../errors.js';
import type { CorpusReader } from '../store/reader.js';
import { authorized } from './auth.js';
import { ResponseCache } from './cache.js';
import { openApiDocument } from './openapi.js';
import { parseQuery } from './params.js';
import type { ApiContext, Route } from './route.js';
import { analyticsRoutes } from './routes-analytics.js';
import { corpusRoutes } from './routes-corpus.js';

export const ROUTES: Route[] = [...corpusRoutes, ...analyticsRoutes];

export interface AppOptions {
  reader: CorpusReader;
  /** when set, /api and /openapi.json need `Authorization: Bearer <token>` */
  token?: string;
  /**
   * The dashboard (issue 7): a built folder (dist/web) served at / with index.html as the
   * fallback for client-side routes. Absent folder: / answers a short JSON pointer to the API.
   */
  webRoot?: string;
  /** cache response bodies per data version (default true) */
  cache?: boolean;
  /** log one line per failed request (5xx) */
  logger?: { warn(message: string): void };
}

const STATUS: Record<ErrorCode, 400 | 404 | 409 | 500> = {
  usage: 400, input: 400, not_found: 404, conflict: 409, config: 500, internal: 500,
};

function fail(c: Context, err: unknown, logger?: AppOptions['logger']) {
  const code: ErrorCode = err instanceof SteppeError ? err.code : 'internal';
  const status = STATUS[code];
  if (status >= 500) logger?.warn(`${c.req.method} ${c.req.path}: ${describeError(err)}`);
  const message = status >= 500 && code === 'internal' ? 'internal error' : describeError(err);
  return c.json({ error: { code, message } }, status);
}

export function createApp(o: AppOptions): Hono {
  const app = new Hono();
  const ctx: ApiContext = { reader: o.reader, analytics: new CorpusAnalytics(o.reader.source) };
  const secured = Boolean(o.token);

  app.onError((err, c) => fail(c, err, o.logger));
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  });
  if (o.token) {
    const token = o.token;
    const guard = async (c: Context, next: () => Promise<void>) => {
      if (!authorized(c.req.header('Authorization'), token)) {
        c.header('WWW-Authenticate', 'Bearer');
        return c.json({ error: { code: 'unauthorized', message: 'this server needs Authorization: Bearer <token>' } }, 401);
      }
      await next();
    };
    app.use('/api/*', guard);
    app.use('/openapi.json', guard);
  }

  const doc = openApiDocument(ROUTES, secured);
  app.get('/openapi.json', (c) => c.json(doc));
  const cache = o.cache === false ? null : new ResponseCache(() => o.reader.source.version());
  for (const r of ROUTES) {
    app.get(r.path, (c) => {
      const answer = () => {
        const q = parseQuery(c.req.queries(), r.params);
        return JSON.stringify(r.handle(q, ctx, c.req.param() as Record<string, string>));
      };
      const url = new URL(c.req.url);
      const body = cache ? cache.get(url.pathname + url.search, answer) : answer();
      return c.body(body, 200, { 'Content-Type': 'application/json; charset=UTF-8' });
    });
  }
  app.all('/api/*', (c) => c.json({ error: { code: 'not_found', message: `no endpoint ${c.req.method} ${c.req.path} (see /openapi.json)` } }, 404));

  // Static hook for the dashboard (issue 7).
  if (o.webRoot && existsSync(join(o.webRoot, 'index.html'))) {
    app.use('/*', serveStatic({ root: o.webRoot }));
    app.get('/*', serveStatic({ path: join(o.webRoot, 'index.html') }));
  } else {
    app.get('/', (c) => c.json({ name: 'steppe', api: '/api', openapi: '/openapi.json', dashboard: 'not built (npm run build:web)' }));
  }
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `nothing at ${c.req.path}` } }, 404));
  return app;
}
