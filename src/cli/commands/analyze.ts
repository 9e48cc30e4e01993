import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import type { Command } from 'commander';
import { createPipeline, toAnalysis } from '../../index.js';
import type { Article } from '../../types.js';
import { usageError } from '../../errors.js';
import { isIsoDate } from '../../util/dates.js';
import { checkReadableFile, readStream, readTextFile } from '../../util/text-input.js';
import { ExitCode, type CliIO } from '../io.js';
import { formatSummary } from '../summary.js';
import { parseBatchLine } from '../batch-line.js';

interface AnalyzeOptions {
  date?: string;
  title?: string;
  url?: string;
  json?: boolean;
  jsonl?: boolean | string;
  model: boolean;
}

export function analyzeCommand(program: Command, io: CliIO): Command {
  return program
    .command('analyze')
    .description('analyse one article (FILE, or - for standard input) or a JSONL batch')
    .argument('[file]', 'article text file, or - for standard input')
    .option('--date <YYYY-MM-DD>', 'publication date (relative dates resolve against it)')
    .option('--title <title>', 'article title')
    .option('--url <url>', 'article URL')
    .option('--json', 'print the analysis JSON contract instead of a summary')
    .option('--jsonl [file]', 'batch: one {"id","text",...} object a line in, one analysis a line out')
    .option('--no-model', 'rules and gazetteers only: skip the trained NER model')
    .action(async (file: string | undefined, opts: AnalyzeOptions) => {
      const pipeline = createPipeline({ model: opts.model }, { now: io.now, logger: { warn: (m) => io.stderr.write(`warning: ${m}\n`) } });
      if (opts.jsonl !== undefined) {
        const source = typeof opts.jsonl === 'string' ? opts.jsonl : file;
        const bad = await analyzeBatch(source, io, (a) => JSON.stringify(toAnalysis(pipeline.run(a))));
        if (bad > 0) throw new ExitCode(3);
        return;
      }
      if (opts.date !== undefined && !isIsoDate(opts.date)) throw usageError(`--date must be a calendar date YYYY-MM-DD, got "${opts.date}"`);
      if (!file) throw usageError('analyze needs a FILE (or - for standard input)');
      const text = file === '-' ? await readStream(io.stdin, 'standard input') : readTextFile(file);
      const article: Article = { text };
      if (opts.date) article.published = opts.date;
      if (opts.title) article.title = opts.title;
      if (opts.url) article.url = opts.url;
      const analysis = toAnalysis(pipeline.run(article));
      io.stdout.write(opts.json ? JSON.stringify(analysis, null, 2) + '\n' : formatSummary(analysis, text));
    });
}

/** Analyses a JSONL stream line by line; bad lines are reported and skipped. Returns their count. */
async function analyzeBatch(source: string | undefined, io: CliIO, analyse: (a: Article) => string): Promise<number> {
  if (source && source !== '-') checkReadableFile(source);
  const input = !source || source === '-' ? io.stdin : createReadStream(source);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let bad = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    const parsed = parseBatchLine(line);
    if ('error' in parsed) {
      io.stderr.write(`line ${n}: ${parsed.error}\n`);
      bad++;
      continue;
    }
    try {
      io.stdout.write(analyse(parsed.article) + '\n');
    } catch (err) {
      io.stderr.write(`line ${n}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
      bad++;
    }
  }
  return bad;
}
