#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

// Collect garbage before the heap grows far past what is live: V8's default lets a server that
// has imported or exported a large study hold hundreds of megabytes it no longer uses.
v8.setFlagsFromString('--heap-growing-percent=50');

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('Sparks is not built yet: run `npm install` (or `npm run build`) in the Sparks folder first.');
  process.exit(1);
}
await import(entry.href);
