/**
 * Hostile archives: each is refused with one clear sentence, decided before anything large is
 * inflated, or (a selection past its text) read with a warning instead of a crash.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readQde, readQdpx } from '../../../src/formats/qdpx/index.js';
import { GUID, QDE, zeroBomb, zip } from '../../helpers/hostile-zips.js';
import { rejects } from './helpers.js';

describe('zip slip', () => {
  it.each(['../evil.txt', '/etc/x', 'C:\\x', 'sources/../../evil.txt'])('refuses an entry named %s', async (path) => {
    const bytes = zip({ 'project.qde': QDE(), [path]: 'x' });
    await rejects(readQdpx(bytes, 'slip.qdpx'), 'slip.qdpx', /unsafe path/u);
  });
});

describe('zip bombs and sizes', () => {
  it('builds a real bomb (checked small)', () => {
    const small = zeroBomb('z.txt', 8);
    const inflated = unzipSync(small)['z.txt']!;
    expect(inflated.length).toBe(8 * 1024 * 1024);
    expect(inflated.every((b) => b === 0)).toBe(true);
  });

  it('refuses a 1 GB bomb from its central directory', async () => {
    const bomb = zeroBomb('sources/bomb.txt', 1024);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    await rejects(readQdpx(bomb, 'bomb.qdpx'), 'bomb.qdpx', /zip bomb|MB once unpacked/u);
  });

  it('refuses a 100 MB project.qde of whitespace before inflating it', async () => {
    const bytes = zeroBomb('project.qde', 100, 0x20);
    await rejects(readQdpx(bytes, 'huge.qdpx'), 'huge.qdpx', /100 MB/u);
  });

  it('refuses an archive whose files add up to more than 300 MB, each compressed as text is', async () => {
    const files: Record<string, string> = { 'project.qde': QDE() };
    for (let i = 1; i <= 4; i++) files[`sources/${GUID(i)}.txt`] = 'texto '.repeat(100);
    let bytes = zip(files);
    // Each source declares 90 MB from 1 MB, a ratio ordinary text reaches: only the total is too much.
    for (let i = 1; i <= 4; i++) bytes = patchCentral(bytes, `sources/${GUID(i)}.txt`, { size: 1024 * 1024, originalSize: 90 * 1024 * 1024 });
    await rejects(readQdpx(bytes, 'grande.qdpx'), 'grande.qdpx', /more than 300 MB once unpacked/u);
  });

  it('refuses a project.qde over 50 MB even when it hardly compresses', async () => {
    const big = new Uint8Array(51 * 1024 * 1024).map((_, i) => 0x41 + (i * 7919 % 26));
    const bytes = zipSync({ 'project.qde': big }, { level: 0 });
    await rejects(readQdpx(bytes, 'big.qdpx'), 'big.qdpx', /project file of 51 MB, more than the 50 MB/u);
  });

  it('stops at the declared size when an entry lies about it', async () => {
    const honest = zip({ 'project.qde': QDE(`<TextSource guid="${GUID(1)}" name="a" plainTextPath="internal://a.txt"/>`), 'sources/a.txt': 'x'.repeat(100_000) });
    // Shrink the declared size of sources/a.txt in its central-directory record to 10 bytes.
    const lying = patchCentral(honest, 'sources/a.txt', { originalSize: 10 });
    await rejects(readQdpx(lying, 'liar.qdpx'), 'liar.qdpx', /damaged/u);
  });

  it('refuses a truncated zip and bytes that are no zip', async () => {
    const bytes = zip({ 'project.qde': QDE() });
    await rejects(readQdpx(bytes.subarray(0, bytes.length - 30), 'cut.qdpx'), 'cut.qdpx', /damaged or cut short/u);
    await rejects(readQdpx(strToU8('hello'), 'text.qdpx'), 'text.qdpx', /not a zip file/u);
  });

  it('refuses an archive without a .qde', async () => {
    const msg = await rejects(readQdpx(zip({ 'sources/a.txt': 'x' }), 'project.qdpx'), 'project.qdpx');
    expect(msg).toBe('project.qdpx is not a REFI-QDA project: it holds no .qde file; export it again from the other program as a REFI-QDA project.');
  });
});

describe('XML', () => {
  const XXE = `<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&xxe;"/>`;
  it('refuses an external entity (XXE) in a .qdpx and in a bare .qde', async () => {
    await rejects(readQdpx(zip({ 'project.qde': XXE }), 'xxe.qdpx'), 'xxe.qdpx', /DOCTYPE/u);
    await rejects(readQde(strToU8(XXE), 'xxe.qde'), 'xxe.qde', /DOCTYPE/u);
  });

  it('refuses an entity-expansion bomb', async () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><Project name="&b;"/>`;
    await rejects(readQde(strToU8(lol), 'lol.qde'), 'lol.qde', /DOCTYPE/u);
  });

  it('does not expand HTML entities and refuses XML that is not well-formed', async () => {
    const p = await readQde(strToU8('<Project name="a&nbsp;b &amp; &#233;&#x1F600;"/>'), 'nbsp.qde');
    expect(p.name).toBe('a&nbsp;b & é😀');
    await rejects(readQde(strToU8('<Project name="a"><Users></Project>'), 'bad.qde'), 'bad.qde', /well-formed/u);
  });
});

describe('selections that do not fit', () => {
  it('re-anchors by quote or orphans, with a warning, a selection past the end of its text', async () => {
    const sel = (n: number, start: number, end: number, name = '') =>
      `<PlainTextSelection guid="${GUID(n)}" name="${name}" startPosition="${start}" endPosition="${end}"/>`;
    const qde = QDE(`<TextSource guid="${GUID(1)}" name="a" plainTextPath="internal://a.txt">
      ${sel(2, 0, 5)}${sel(3, 500, 520, 'quick brown')}${sel(4, 900, 2000)}${sel(5, -3, 2)}</TextSource>`);
    const p = await readQdpx(zip({ 'project.qde': qde, 'sources/a.txt': 'The quick brown fox.' }), 'past.qdpx');
    const [ok, quoted, lost, negative] = p.sources[0]!.selections;
    expect(ok).toMatchObject({ start: 0, end: 5, anchor: 'position' });
    expect(quoted).toMatchObject({ start: 4, end: 15, anchor: 'quote' });
    expect(lost).toMatchObject({ start: 20, end: 20, anchor: 'orphaned' });
    expect(negative).toMatchObject({ start: 0, end: 2, anchor: 'orphaned' });
    expect(p.warnings.join('\n')).toMatch(/1 selection in "a" did not fit .* placed by its quoted text/u);
    expect(p.warnings.join('\n')).toMatch(/2 selections in "a" point outside its text .* orphaned/u);
  });
});

/** Rewrites the uncompressed size of one entry in the central directory (a lying archive). */
/** Rewrites the sizes an entry's central-directory record declares (compressed at +20, unpacked at +24). */
function patchCentral(bytes: Uint8Array, name: string, sizes: { size?: number; originalSize?: number }): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const target = strToU8(name);
  for (let i = 0; i < out.length - 46; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    const entryName = out.subarray(i + 46, i + 46 + nameLength);
    if (Buffer.compare(entryName, target) !== 0) continue;
    if (sizes.size !== undefined) view.setUint32(i + 20, sizes.size, true);
    if (sizes.originalSize !== undefined) view.setUint32(i + 24, sizes.originalSize, true);
  }
  return out;
}
