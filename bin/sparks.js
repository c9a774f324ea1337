#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('Sparks is not built yet: run `npm install` (or `npm run build`) in the Sparks folder first.');
  process.exit(1);
}
await import(entry.href);
