/**
 * Build once before the tests: several run the real `sparks` binary, and server tests check the
 * served web app. Browser tests need Chromium, so make sure it is there first (or say how to get it).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './helpers/chromium.js';
import { ensureXmllint } from './helpers/xmllint.js';

export default function setup(): void {
  // While several parts are edited at once, unit and component tests may skip the build.
  if (process.env.SPARKS_SKIP_BUILD === '1') return;
  ensureChromium();
  ensureXmllint();
  const root = fileURLToPath(new URL('..', import.meta.url));
  const tsc = (...args: string[]) => execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', ...args], { cwd: root, stdio: 'inherit' });
  tsc('-p', 'tsconfig.build.json');
  // The web app is bundled without type checks; check its types here so a type error fails the suite.
  tsc('-p', 'web/tsconfig.json', '--noEmit');
  // Vitest sets NODE_ENV=test, which would give a development build of React.
  const env = { ...process.env, NODE_ENV: 'production' };
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env });
}
