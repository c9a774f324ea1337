/**
 * Finding the Chromium that browser tests drive: the system's own, never a downloaded one. On a
 * Debian machine run as root (a clean CI box) Debian's package is installed when it is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { installDebianPackage } from './debian.js';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const HOW_TO_INSTALL =
  "Browser tests need Chromium: install Debian's package with `sudo apt install chromium`, or set CHROMIUM_PATH to a Chromium binary.";

/** The Chromium binary to use (CHROMIUM_PATH, else Debian's), without installing anything. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

/**
 * The path of a Chromium binary that exists, installing Debian's package when it is missing and
 * this process may (root on Debian with apt-get); otherwise throws one sentence on how to get it.
 */
export function ensureChromium(): string {
  const path = chromiumPath();
  if (existsSync(path)) return path;
  if (process.env.CHROMIUM_PATH) {
    throw new Error(`CHROMIUM_PATH names ${path}, which does not exist; point it at a Chromium binary or unset it to use Debian's package.`);
  }
  if (!installDebianPackage('chromium')) throw new Error(HOW_TO_INSTALL);
  if (!existsSync(path)) throw new Error(HOW_TO_INSTALL);
  return path;
}

/** The Chromium version line (e.g. "Chromium 156.0.8078.114 built on Debian…"), for reports. */
export function chromiumVersion(path: string = chromiumPath()): string {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}
