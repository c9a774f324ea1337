/**
 * Dangling references: what points at something the project does not hold (a code never defined,
 * a source left out of the archive) is dropped with a counted warning, and what depends on it is
 * kept where it still makes sense (a selection without its coding, a graph box without its link).
 */
import { v5 } from 'uuid';
import { plural, Warnings } from './common.js';
import { allCodes } from './read-codes.js';
import type { RefiCoding, RefiProject, RefiVariableValue } from './types.js';

export function checkReferences(p: RefiProject, warnings: Warnings): void {
  const selections = p.sources.flatMap((s) => s.selections);
  dedupeSelections(p, warnings);
  const codes = new Set(allCodes(p.codes).map((c) => c.guid));
  const sources = new Set(p.sources.map((s) => s.guid));
  const notes = new Set(p.notes.map((n) => n.guid));
  const variables = new Set(p.variables.map((v) => v.guid));
  const users = new Set(p.users.map((u) => u.guid));
  const selectionIds = new Set(selections.map((s) => s.guid));
  const anything = new Set([...codes, ...sources, ...notes, ...selectionIds, ...p.cases.map((c) => c.guid), ...p.sets.map((s) => s.guid), ...p.links.map((l) => l.guid)]);

  const keep = (ids: string[], known: Set<string>, what: string): string[] => {
    const kept = ids.filter((g) => known.has(g));
    warnings.count(`dangling:${what}`, (n) => `${plural(n, `reference to ${what}`, `references to ${what}`)} that the project does not hold ${n === 1 ? 'was' : 'were'} dropped.`, ids.length - kept.length);
    return kept;
  };
  const keepValues = (values: RefiVariableValue[]) => {
    const kept = values.filter((v) => variables.has(v.variable));
    warnings.count('dangling:variable', (n) => `${plural(n, 'variable value')} for variables the project does not define ${n === 1 ? 'was' : 'were'} dropped.`, values.length - kept.length);
    return kept;
  };
  const user = (g: string | null) => {
    if (g === null || users.has(g)) return g;
    warnings.count('dangling:user', (n) => `${plural(n, 'item')} named a creator who is not among the project's users; ${n === 1 ? 'its creator was' : 'their creators were'} left blank.`);
    return null;
  };
  const noteRefs = (refs: string[]) => keep(refs, notes, 'a note');

  for (const c of allCodes(p.codes)) c.noteRefs = noteRefs(c.noteRefs);
  for (const s of p.sources) {
    s.noteRefs = noteRefs(s.noteRefs);
    s.variables = keepValues(s.variables);
    s.createdBy = user(s.createdBy);
    const keepCodings = (list: RefiCoding[]) => {
      const kept = list.filter((c) => keep([c.code], codes, 'a code').length === 1);
      for (const c of kept) {
        c.createdBy = user(c.createdBy);
        if (c.noteRefs) c.noteRefs = noteRefs(c.noteRefs);
      }
      return kept;
    };
    for (const sel of s.selections) {
      sel.noteRefs = noteRefs(sel.noteRefs);
      sel.createdBy = user(sel.createdBy);
      sel.codings = keepCodings(sel.codings);
    }
    if (s.codings) {
      s.codings = keepCodings(s.codings);
      if (s.codings.length === 0) delete s.codings;
    }
  }
  for (const n of p.notes) { n.noteRefs = noteRefs(n.noteRefs); n.createdBy = user(n.createdBy); }
  for (const s of p.sets) {
    s.codes = keep(s.codes, codes, 'a code');
    s.sources = keep(s.sources, sources, 'a source');
    if (s.notes) s.notes = keep(s.notes, notes, 'a note');
  }
  for (const c of p.cases) {
    c.sources = keep(c.sources, sources, 'a source');
    c.codes = keep(c.codes, codes, 'a code');
    c.variables = keepValues(c.variables);
    if (c.selections) c.selections = keep(c.selections, selectionIds, 'a selection');
  }
  if (p.noteRefs) p.noteRefs = noteRefs(p.noteRefs);
  p.links = p.links.filter((l) => {
    l.noteRefs = noteRefs(l.noteRefs);
    const ok = anything.has(l.origin) && anything.has(l.target);
    if (!ok) warnings.count('dangling:link', (n) => `${plural(n, 'link')} between items that were not imported ${n === 1 ? 'was' : 'were'} dropped.`);
    return ok;
  });
  const linked = new Set([...anything, ...p.links.map((l) => l.guid)]);
  for (const g of p.graphs) {
    const vertices = new Set(g.vertices.map((v) => v.guid));
    for (const v of g.vertices) v.represents = keep(v.represents ? [v.represents] : [], linked, 'an item shown in a graph')[0] ?? null;
    g.edges = g.edges.filter((e) => {
      e.represents = keep(e.represents ? [e.represents] : [], linked, 'an item shown in a graph')[0] ?? null;
      return keep([e.source, e.target], vertices, 'a graph box').length === 2;
    });
  }
}

/** Two selections with one GUID (some exporters reuse them) cannot both be stored; the later gets a stand-in. */
function dedupeSelections(p: RefiProject, warnings: Warnings): void {
  const seen = new Set<string>();
  for (const s of p.sources) {
    for (const sel of s.selections) {
      if (seen.has(sel.guid)) {
        sel.guid = v5(`${sel.guid}/${s.guid}/${sel.start}`, sel.guid);
        warnings.count('duplicate-selection', (n) => `${plural(n, 'selection')} reused another's GUID and ${n === 1 ? 'was' : 'were'} given a new one.`);
      }
      seen.add(sel.guid);
    }
  }
}
