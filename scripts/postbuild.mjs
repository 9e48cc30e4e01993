// Marks the CLI entry executable after tsc (npm links dist/src/cli/main.js as the `steppe` bin).
import { chmodSync, existsSync } from 'node:fs';
const bin = new URL('../dist/src/cli/main.js', import.meta.url);
if (existsSync(bin)) chmodSync(bin, 0o755);
