import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { filterOptions, positiveInt, toFilter, withStore, type FilterArgs } from '../store-args.js';

interface SearchArgs extends FilterArgs {
  json?: boolean;
}

export function searchCommand(program: Command, io: CliIO): Command {
  return filterOptions(
    program
      .command('search')
      .description('full-text search over stored articles (best first), with snippets')
      .argument('<text>', 'words to find; "quoted phrases", OR and prefix* work'),
  )
    .option('--limit <n>', 'at most this many results', '20')
    .option('--json', 'one JSON object a line')
    .action(async (text: string, a: SearchArgs) => {
      const limit = positiveInt(a.limit ?? '20', '--limit');
      await withStore(a, io, (store) => {
        const mark: [string, string] = a.json || !io.isTTY ? ['[', ']'] : ['\u001b[1m', '\u001b[22m'];
        const hits = store.search(text, { ...toFilter(a), limit, mark });
        for (const h of hits) {
          if (a.json) io.stdout.write(`${JSON.stringify(h)}\n`);
          else {
            io.stdout.write(`${h.published ?? '????-??-??'}  ${h.title ?? '(untitled)'}  story ${h.storyId}  ${h.url ?? h.articleId.slice(0, 12)}\n`);
            io.stdout.write(`    ${h.snippet.replace(/\s+/g, ' ').trim()}\n`);
          }
        }
        if (!a.json) io.stderr.write(`${hits.length} result${hits.length === 1 ? '' : 's'}\n`);
      });
    });
}
