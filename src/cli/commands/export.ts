import type { Command } from 'commander';
import { usageError } from '../../errors.js';
import { EXPORT_FORMATS, exportChunks, type ExportFormat } from '../../store/index.js';
import type { CliIO } from '../io.js';
import { filterOptions, positiveInt, toFilter, withStore, writeChunk, type FilterArgs } from '../store-args.js';

interface ExportArgs extends FilterArgs {
  format: string;
  copies?: boolean;
}

export function exportCommand(program: Command, io: CliIO): Command {
  return filterOptions(
    program
      .command('export')
      .description('stream the store to standard output: jsonl (analyses), csv (events) or plover (PLOVER JSON events)'),
  )
    .option('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`, 'jsonl')
    .option('--limit <n>', 'at most this many records')
    .option('--copies', 'events from every copy of a story, not once per story')
    .action(async (a: ExportArgs) => {
      if (!EXPORT_FORMATS.includes(a.format as ExportFormat)) {
        throw usageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${a.format}"`);
      }
      const limit = a.limit ? positiveInt(a.limit, '--limit') : undefined;
      await withStore(a, io, async (store) => {
        for (const chunk of exportChunks(store, a.format as ExportFormat, { ...toFilter(a), copies: a.copies, limit })) {
          await writeChunk(io, chunk);
        }
      });
    });
}
