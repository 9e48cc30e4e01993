/** The OpenAPI 3 document, built from the route declarations so it cannot drift from them. */
import type { ParamSpec } from './params.js';
import type { Route } from './route.js';

type Schema = Record<string, unknown>;
const obj = (properties: Record<string, Schema>, required?: string[]): Schema => ({ type: 'object', properties, ...(required ? { required } : {}) });
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const arr = (items: Schema): Schema => ({ type: 'array', items });
const str = { type: 'string' }, num = { type: 'number' }, int = { type: 'integer' }, nstr = { type: 'string', nullable: true };
const page = (item: string): Schema => obj({ total: int, limit: int, offset: int, items: arr(ref(item)) }, ['total', 'limit', 'offset', 'items']);

const SCHEMAS: Record<string, Schema> = {
  Error: obj({ error: obj({ code: str, message: str }, ['code', 'message']) }, ['error']),
  Party: obj({ name: str, code: nstr, country: nstr, sector: nstr }),
  ArticleSummary: obj({ id: str, extId: nstr, storyId: int, title: nstr, url: nstr, published: nstr, contexts: arr(str) }),
  ArticlePage: page('ArticleSummary'),
  Article: obj({
    id: str, extId: nstr, storyId: int, url: nstr, title: nstr, published: nstr, origin: nstr, text: str,
    analysis: { type: 'object', description: 'the analysis JSON contract (schema 1)' },
  }),
  Event: obj({
    articleId: str, storyId: int, eventId: str, type: str, mode: nstr, date: nstr, source: arr(ref('Party')), target: arr(ref('Party')),
    place: nstr, placeCountry: nstr, contexts: arr(str), negated: { type: 'boolean' }, hypothetical: { type: 'boolean' },
    trigger: nstr, evidence: str, evidenceSpan: obj({ start: int, end: int }), rule: str, confidence: { type: 'number', nullable: true },
    url: nstr, title: nstr, published: nstr,
  }),
  EventPage: { allOf: [page('Event'), obj({ next: { type: 'string', nullable: true, description: 'cursor of the next page, null at the end' } })] },
  SearchHit: obj({ articleId: str, storyId: int, title: nstr, url: nstr, published: nstr, snippet: str, score: num }),
  SearchPage: obj({ limit: int, offset: int, more: { type: 'boolean' }, items: arr(ref('SearchHit')) }),
  Stats: { type: 'object', description: 'articles, stories, events, storyEvents, actors, feeds, schemaVersion, first/lastPublished, byType' },
  Point: obj({ day: str, key: str, count: int, intensity: { type: 'number', nullable: true } }),
  Series: obj({ filter: { type: 'object' }, by: str, points: arr(ref('Point')) }),
  Evidence: obj({
    events: arr(obj({ eventId: str, articleId: str, storyId: int, type: str, mode: nstr, date: nstr, source: arr(str), target: arr(str), intensity: num })),
    articles: arr(obj({ articleId: str, storyId: int, title: nstr, url: nstr })),
  }),
  Spike: {
    allOf: [obj({
      kind: { type: 'string', enum: ['spike'] }, dimension: str, key: str, day: str, count: int, expected: num, baselineDays: int,
      p: num, surprise: num, ratio: num, intensity: { type: 'number', nullable: true },
    }), ref('Evidence')],
  },
  Breaking: obj({
    kind: { type: 'string', enum: ['breaking'] }, storyId: int, title: nstr, copies: int, total: int, start: str, end: str,
    articles: arr(obj({ articleId: str, storyId: int, title: nstr, url: nstr })),
  }),
  Alerts: obj({ from: nstr, to: nstr, config: { type: 'object' }, spikes: arr(ref('Spike')), breaking: arr(ref('Breaking')) }),
  Actor: obj({ id: str, name: str, code: nstr, country: nstr, sector: nstr, stories: int, asSource: int, asTarget: int, intensity: num }),
  ActorPage: page('Actor'),
  Dyads: arr(obj({
    dyad: str, stories: int, intensity: num, slope: num, shift: num, trend: { type: 'string', enum: ['toward-conflict', 'toward-cooperation', 'stable'] },
    windows: arr(obj({ start: str, end: str, stories: int, intensity: num })),
  })),
  Network: obj({
    by: str, nodes: arr(obj({ id: str, label: str, country: nstr, stories: int })),
    edges: arr(obj({ source: str, target: str, count: int, intensity: num })),
  }),
};

function paramSchema(s: ParamSpec): Schema {
  switch (s.kind) {
    case 'int': return { type: 'integer', ...(s.min !== undefined ? { minimum: s.min } : {}), ...(s.max !== undefined ? { maximum: s.max } : {}), ...(s.default !== undefined ? { default: s.default } : {}) };
    case 'number': return { type: 'number', ...(s.min !== undefined ? { minimum: s.min } : {}), ...(s.max !== undefined ? { maximum: s.max } : {}) };
    case 'bool': return { type: 'boolean' };
    case 'enum': return { type: 'string', enum: s.values, ...(s.default !== undefined ? { default: s.default } : {}) };
    case 'list': return { type: 'string', description: `comma-separated: ${s.values!.join(', ')}` };
    case 'day': return { type: 'string', format: 'date' };
    case 'country': return { type: 'string', pattern: '^[A-Za-z]{3}$' };
    default: return { type: 'string' };
  }
}

const error = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });

export function openApiDocument(routes: Route[], secured: boolean): Schema {
  const paths: Record<string, Schema> = {};
  for (const r of routes) {
    const pathParams = [...r.path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
    paths[r.path.replace(/:(\w+)/g, '{$1}')] = {
      get: {
        summary: r.summary, tags: [r.tag], operationId: r.path.replace(/^\/api\//, '').replace(/[/:]+/g, '_'),
        parameters: [
          ...pathParams.map((name) => ({ name, in: 'path', required: true, schema: str })),
          ...Object.entries(r.params).map(([name, s]) => ({ name, in: 'query', required: Boolean(s.required), description: s.description, schema: paramSchema(s) })),
        ],
        responses: {
          200: { description: 'OK', content: { 'application/json': { schema: ref(r.schema) } } },
          400: error('a bad or unknown parameter'),
          ...(pathParams.length ? { 404: error('no such item') } : {}),
          ...(secured ? { 401: error('missing or wrong bearer token') } : {}),
        },
      },
    };
  }
  return {
    openapi: '3.0.3',
    info: { title: 'steppe API', version: '0.1.0', description: 'Read-only access to a steppe corpus: articles, events, actors, search and early-warning analytics.' },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: SCHEMAS,
      ...(secured ? { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } } : {}),
    },
    ...(secured ? { security: [{ bearer: [] }] } : {}),
  };
}
