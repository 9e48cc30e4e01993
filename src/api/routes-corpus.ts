import { notFound, usageError } from '../errors.js';
import type { Filter } from '../store/types.js';
import { FILTER, PAGE, pick, type Parsed } from './params.js';
import type { Route } from './route.js';

const FILTER_NAMES = Object.keys(FILTER);
const filterOf = (q: Parsed): Filter => pick<Filter>(q, FILTER_NAMES);

export const corpusRoutes: Route[] = [
  {
    path: '/api/stats', summary: 'Counts of articles, stories, events and actors in the store', tag: 'corpus',
    params: {}, schema: 'Stats', handle: (_q, { reader }) => reader.stats(),
  },
  {
    path: '/api/articles', summary: 'Articles matching the filters, newest first', tag: 'corpus', paged: true,
    params: { ...FILTER, ...PAGE }, schema: 'ArticlePage',
    handle: (q, { reader }) => reader.articles(filterOf(q), q.limit as number, q.offset as number),
  },
  {
    path: '/api/articles/:id', summary: 'One article with its text and full analysis (by content hash or given id)', tag: 'corpus',
    params: {}, schema: 'Article',
    handle: (_q, { reader }, p) => {
      const a = reader.article(p.id!);
      if (!a) throw notFound(`no article with id "${p.id!.slice(0, 100)}"`);
      return a;
    },
  },
  {
    path: '/api/events', summary: 'Events matching the filters, one per story and event, newest first', tag: 'corpus', paged: true,
    params: { ...FILTER, ...PAGE, cursor: { kind: 'text', max: 200, description: 'continue after the page whose "next" this is (instead of offset)' } },
    schema: 'EventPage',
    handle: (q, { reader }) => {
      if (q.cursor !== undefined && q.offset !== 0) throw usageError('give offset or cursor, not both');
      return reader.events(filterOf(q), q.limit as number, q.offset as number, q.cursor as string | undefined);
    },
  },
  {
    path: '/api/search', summary: 'Full-text search (bm25) with snippets; filters as for articles', tag: 'corpus', paged: true,
    params: { q: { kind: 'text', required: true, max: 500, description: 'words or "quoted phrases"; OR between terms; trailing * for a prefix' }, ...FILTER, ...PAGE },
    schema: 'SearchPage',
    handle: (q, { reader }) => {
      const limit = q.limit as number, offset = q.offset as number;
      const hits = reader.search(q.q as string, filterOf(q), offset + limit + 1);
      const items = hits.slice(offset, offset + limit);
      return { limit, offset, more: hits.length > offset + limit, items };
    },
  },
];
