import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { formatEvent } from '../format-event.js';
import { filterOptions, positiveInt, toFilter, withStore, writeChunk, type FilterArgs } from '../store-args.js';

interface EventsArgs extends FilterArgs {
  json?: boolean;
  copies?: boolean;
}

export function eventsCommand(program: Command, io: CliIO): Command {
  return filterOptions(
    program.command('events').description('stored events, oldest first, each story counted once'),
  )
    .option('--limit <n>', 'at most this many events', '100')
    .option('--copies', 'list the event from every copy of a story, not once per story')
    .option('--json', 'one JSON object a line')
    .action(async (a: EventsArgs) => {
      const limit = positiveInt(a.limit ?? '100', '--limit');
      await withStore(a, io, async (store) => {
        let n = 0;
        for (const e of store.iterateEvents({ ...toFilter(a), copies: a.copies, limit })) {
          await writeChunk(io, a.json ? `${JSON.stringify(e)}\n` : formatEvent(e));
          n++;
        }
        if (!a.json) io.stderr.write(`${n} event${n === 1 ? '' : 's'}\n`);
      });
    });
}
