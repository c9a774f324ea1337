/** Installing a Debian package a test suite needs, when this process may (root on Debian with apt-get). */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const isRoot = (): boolean => process.getuid?.() === 0;

function aptGet(args: string[]): boolean {
  try {
    execFileSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return true;
  } catch {
    return false;
  }
}

function hasAptGet(): boolean {
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Install `name`; false when this machine cannot (not root, not Debian) or the install failed. */
export function installDebianPackage(name: string): boolean {
  if (!(isRoot() && existsSync('/etc/debian_version') && hasAptGet())) return false;
  process.stderr.write(`Installing ${name} for the tests (apt-get install ${name})…\n`);
  const install = ['install', '-y', name];
  // The package lists may be missing or stale on a fresh machine; refresh them only when needed.
  return aptGet(install) || (aptGet(['update']) && aptGet(install));
}
