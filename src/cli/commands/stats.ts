import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { dbOption, withStore, type StoreArgs } from '../store-args.js';

export function statsCommand(program: Command, io: CliIO): Command {
  return dbOption(program.command('stats').description('what the store holds: articles, stories, events by type'))
    .option('--json', 'as JSON')
    .action(async (a: StoreArgs & { json?: boolean }) => {
      await withStore(a, io, (store) => {
        const s = store.stats();
        if (a.json) {
          io.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
          return;
        }
        const lines = [
          `database     ${store.path} (schema ${s.schemaVersion})`,
          `articles     ${s.articles} in ${s.stories} stories`,
          `published    ${s.firstPublished ?? '—'} to ${s.lastPublished ?? '—'}`,
          `events       ${s.events} (${s.storyEvents} counting each story once)`,
          `actors       ${s.actors} distinct`,
          `feeds        ${s.feeds} watched`,
          ...s.byType.map((t) => `  ${t.type.padEnd(10)} ${String(t.events).padStart(7)} events in ${t.stories} stories`),
        ];
        io.stdout.write(`${lines.join('\n')}\n`);
      });
    });
}
