// Rebuild only what a source change made stale, so `npm start` starts fast: the server and CLI
// (src/ → dist/) and the web app (web/ → dist/web/).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const serverMarker = 'dist/cli/main.js';
const webMarker = 'dist/web/index.html';

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const stale = (marker, dir) => !existsSync(marker) || newest(dir) > statSync(marker).mtimeMs;

if (stale(serverMarker, 'src')) {
  process.stderr.write('Building Sparks…\n');
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
// The web app imports types from src, so a change there may change it too.
if (existsSync('web') && (stale(webMarker, 'web') || newest('src') > statSync(webMarker).mtimeMs)) {
  process.stderr.write('Building the Sparks web app…\n');
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' },
  });
}
