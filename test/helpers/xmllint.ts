/** Validating XML against the REFI-QDA schemas with libxml2's `xmllint` (Debian's libxml2-utils). */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installDebianPackage } from './debian.js';
import { SHARED } from './paths.js';

export const PROJECT_XSD = `${SHARED}refi-qda/schema/Project.xsd`;
export const CODEBOOK_XSD = `${SHARED}refi-qda/schema/Codebook.xsd`;

function present(): boolean {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Make sure xmllint is there, installing libxml2-utils where this machine may; else one sentence on how. */
export function ensureXmllint(): void {
  if (present() || (installDebianPackage('libxml2-utils') && present())) return;
  throw new Error("Schema tests need xmllint: install Debian's package with `sudo apt install libxml2-utils`.");
}

/** xmllint's verdict on `xml` against `xsd`: '' when valid, else its messages. */
export function schemaErrors(xml: string | Uint8Array, xsd: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sparks-xsd-'));
  try {
    const file = join(dir, 'document.xml');
    writeFileSync(file, xml);
    const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsd, file], { encoding: 'utf8' });
    return r.status === 0 ? '' : `${r.stderr}`.trim() || `xmllint exited with ${r.status}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
