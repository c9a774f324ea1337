/**
 * Notes as memos (linked to what refers to them), links as typed relations. A note that only links
 * refer to is the why of those relations and becomes their memo; the links Sparks writes for
 * evidence and for memos about cases are read back as such.
 */
import type { MemoLinkRecord, MemoRecord, RelationEnd, RelationEvidenceRecord, RelationRecord, RelationTypeRecord } from '../records.js';
import { memoTypeOf } from './conventions.js';
import { wholeKey } from './documents.js';
import { userOf } from './people.js';
import { idOf, warnMany, type ImportState } from './state.js';

const LINKABLE: Record<string, MemoLinkRecord['targetType'] | undefined> = { code: 'code', document: 'document', case: 'case', segment: 'segment', memo: 'memo' };

/** Every GUID that carries a NoteRef, with the notes it refers to. */
function noteRefs(s: ImportState): { from: string; note: string }[] {
  const out: { from: string; note: string }[] = [];
  const add = (from: string, notes: string[]) => notes.forEach((note) => out.push({ from, note }));
  const codes = (cs: ImportState['refi']['codes']): void => cs.forEach((c) => { add(c.guid, c.noteRefs); codes(c.children); });
  codes(s.refi.codes);
  for (const src of s.refi.sources) {
    add(src.guid, src.noteRefs);
    for (const sel of src.selections) {
      add(sel.guid, sel.noteRefs);
      // A note on one coding is about the place it codes: Sparks links it to the segment.
      for (const c of sel.codings) add(sel.guid, c.noteRefs ?? []);
    }
    for (const c of src.codings ?? []) add(wholeKey(src.guid), c.noteRefs ?? []);
  }
  for (const n of s.refi.notes) add(n.guid, n.noteRefs.filter((r) => r !== n.guid));
  return out;
}

export async function importMemosAndRelations(s: ImportState): Promise<void> {
  const { ctx, refi } = s;
  const refs = noteRefs(s);
  const linkNotes = new Set(refi.links.flatMap((l) => l.noteRefs));
  const referenced = new Set(refs.map((r) => r.note));
  const memos: MemoRecord[] = [];
  for (const n of refi.notes) {
    // The why of a relation only: it goes into the relation's memo instead.
    if (linkNotes.has(n.guid) && !referenced.has(n.guid)) continue;
    const title = (n.name.trim() || n.text.trim().split('\n')[0] || 'Memo').slice(0, 500);
    const memo: MemoRecord = {
      id: ctx.newId(), projectId: s.projectId, title, body: n.text, type: memoTypeOf(n.description), authorId: userOf(s, n.createdBy),
      createdAt: n.createdAt ?? ctx.now, updatedAt: n.createdAt ?? ctx.now, version: 1,
    };
    memos.push(memo);
    s.ids.set(n.guid, { kind: 'memo', id: memo.id });
  }
  // Comments on sources, selections and cases (ATLAS.ti's quotation comments): Sparks keeps them as memos about them.
  const comments: { guid: string; about: string; text: string; by: string | null; at: string | null }[] = [
    ...s.refi.sources.flatMap((src) => [
      { guid: src.guid, about: src.name, text: src.description, by: src.createdBy, at: src.createdAt },
      ...src.selections.map((sel) => ({ guid: sel.guid, about: sel.name || src.name, text: sel.description ?? '', by: sel.createdBy, at: sel.createdAt })),
    ]),
    ...s.refi.cases.map((c) => ({ guid: c.guid, about: c.name, text: c.description, by: null, at: null })),
  ].filter((c) => c.text.trim() && s.ids.has(c.guid));
  const commentOf = new Map<string, string>();
  for (const c of comments) {
    const memo: MemoRecord = {
      id: ctx.newId(), projectId: s.projectId, title: `Comment on ${c.about.trim() || 'a passage'}`.slice(0, 500), body: c.text.trim(), type: 'free',
      authorId: userOf(s, c.by), createdAt: c.at ?? ctx.now, updatedAt: c.at ?? ctx.now, version: 1,
    };
    memos.push(memo);
    commentOf.set(memo.id, c.guid);
  }
  if (memos.length) await ctx.tx.insert('memo', memos);
  s.counts.memos = memos.length;

  const links: MemoLinkRecord[] = [];
  const seen = new Set<string>();
  let unlinked = 0;
  const link = (memoId: string, target: { kind: string; id: string } | undefined): void => {
    const targetType = target && LINKABLE[target.kind];
    if (!target || !targetType) return void unlinked++;
    const key = `${memoId} ${target.id}`;
    if (seen.has(key) || memoId === target.id) return;
    seen.add(key);
    links.push({ id: ctx.newId(), memoId, targetType, targetId: target.id });
  };
  for (const r of refs) {
    const memoId = idOf(s, r.note, 'memo');
    if (memoId) link(memoId, s.ids.get(r.from));
  }
  for (const [memoId, guid] of commentOf) link(memoId, s.ids.get(guid));
  await importRelations(s, link);
  if (links.length) await ctx.tx.insert('memo_link', links);
  warnMany(s, unlinked, ['1 note reference pointed at something Sparks does not keep (or the file does not define); the note is kept without that link', '{n} note references pointed at something Sparks does not keep (or the file does not define); the notes are kept without those links']);
}

async function importRelations(s: ImportState, link: (memoId: string, target: { kind: string; id: string } | undefined) => void): Promise<void> {
  const { ctx, refi } = s;
  const types = new Map((await ctx.tx.find('relation_type', { projectId: s.projectId })).map((t) => [t.name.toLowerCase(), t]));
  const newTypes: RelationTypeRecord[] = [];
  const typeFor = (name: string, symmetric: boolean): RelationTypeRecord => {
    const clean = (name.trim() || 'is associated with').slice(0, 200);
    let t = types.get(clean.toLowerCase());
    if (!t) {
      t = { id: ctx.newId(), projectId: s.projectId, name: clean, label: clean, symmetric: symmetric ? 1 : 0, paradigm: null, position: types.size, createdAt: ctx.now };
      types.set(clean.toLowerCase(), t);
      newTypes.push(t);
    }
    return t;
  };
  const notes = new Map(refi.notes.map((n) => [n.guid, n.text.trim()]));
  const relations: RelationRecord[] = [];
  const evidence: RelationEvidenceRecord[] = [];
  const pairs = new Set<string>();
  const skipped: string[] = [];
  const evidenceLinks = refi.links.filter((l) => l.name === 'evidence');
  for (const l of refi.links) {
    if (l.name === 'evidence') continue;
    const from = s.ids.get(l.origin);
    const to = s.ids.get(l.target);
    if (l.name === 'memo about' && from?.kind === 'memo') {
      link(from.id, to);
      continue;
    }
    const ends = ['code', 'segment', 'memo'];
    const sameKind = from && to && (from.kind === to.kind || from.kind === 'memo' || to.kind === 'memo');
    if (!from || !to || !ends.includes(from.kind) || !ends.includes(to.kind) || !sameKind || from.id === to.id) {
      skipped.push(l.name || 'link');
      continue;
    }
    const type = typeFor(l.name, l.direction !== 'OneWay');
    const key = type.symmetric ? [type.id, ...[from.id, to.id].sort()].join(' ') : `${type.id} ${from.id} ${to.id}`;
    if (pairs.has(key)) continue;
    pairs.add(key);
    const memo = l.noteRefs.map((g) => notes.get(g) ?? '').filter(Boolean).join('\n\n');
    const r: RelationRecord = {
      id: ctx.newId(), projectId: s.projectId, typeId: type.id, sourceType: from.kind as RelationEnd, sourceId: from.id, targetType: to.kind as RelationEnd, targetId: to.id,
      memo, createdBy: ctx.actorId, createdAt: ctx.now, version: 1,
    };
    relations.push(r);
    s.ids.set(l.guid, { kind: 'relation', id: r.id });
  }
  for (const e of evidenceLinks) {
    const relationId = idOf(s, e.origin, 'relation');
    const segmentId = idOf(s, e.target, 'segment');
    if (relationId && segmentId) evidence.push({ id: ctx.newId(), relationId, segmentId });
    else skipped.push('evidence');
  }
  if (newTypes.length) await ctx.tx.insert('relation_type', newTypes);
  if (relations.length) await ctx.tx.insert('relation', relations);
  if (evidence.length) await ctx.tx.insert('relation_evidence', evidence);
  s.counts.relations = relations.length;
  warnMany(s, skipped.length, ['1 link joined things Sparks cannot relate (sources, cases, a code with a selection, or objects the file does not define) and was left out', '{n} links joined things Sparks cannot relate (sources, cases, a code with a selection, or objects the file does not define) and were left out'], skipped);
}
