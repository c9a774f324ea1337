/**
 * The code system view: the category → property tree with counts, a filter, the selected code's
 * details, and the project's sets (groups of codes, documents and memos). Readers see the same, without the
 * controls that change codes.
 */
import { useEffect, useMemo, useState } from 'react';
import { api, type CodeListing } from '../../api.js';
import { ancestorIds, buildTree, dropDecision, filterTree, quoted, subtreeIds, visibleRows } from '../../lib/code-tree.js';
import { useCommand, useProject, useProjectResource } from '../../project.js';
import { Loaded } from '../Status.js';
import { CodebookExchange } from '../exchange/CodebookExchange.js';
import { CodeSets } from '../sets/CodeSets.js';
import { SetFilter } from '../sets/SetFilter.js';
import { idsInSet, keepOnly, setsHolding } from '../sets/set-filter.js';
import { useSets } from '../sets/use-sets.js';
import { CodeDetails } from './CodeDetails.js';
import { CodeDialog, type PendingDialog } from './CodeDialog.js';
import { CodeTree } from './CodeTree.js';
import { NewCodeForm } from './NewCodeForm.js';
import './codes.css';

/** `codeId` (from a link elsewhere, e.g. a memo's) is selected and shown, its categories opened. */
export function CodeSystem({ projectId, codeId }: { projectId: string; codeId?: string | undefined }) {
  const codes = useProjectResource(() => api.codes(projectId), [projectId]);
  return (
    <section className="code-system" aria-labelledby="codes-title">
      <h1 id="codes-title">Code system</h1>
      <Loaded resource={codes}>{(list) => <CodeWorkbench projectId={projectId} codes={list} codeId={codeId} />}</Loaded>
    </section>
  );
}

/** The view's state lives here, above the data, so a live reload keeps the selection, the open codes and the filter. */
function CodeWorkbench({ projectId, codes, codeId }: { projectId: string; codes: readonly CodeListing[]; codeId?: string | undefined }) {
  const run = useCommand();
  const { notify, canCode, refresh } = useProject();
  const [selectedId, setSelectedId] = useState<string | null>(codeId ?? null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(codeId ? ancestorIds(codes, codeId) : []));
  useEffect(() => {
    if (!codeId) return;
    setSelectedId(codeId);
    setExpanded((prev) => new Set([...prev, ...ancestorIds(codes, codeId)]));
    // Only a new address selects; a live reload of the codes keeps the reader's own choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [codeId]);
  const [filter, setFilter] = useState('');
  const sets = useSets(projectId);
  const [inSet, setInSet] = useState('');
  // A set chosen, then deleted or emptied of codes elsewhere, no longer narrows: the filter offers it no more either.
  const chosenSet = setsHolding(sets, 'code').some((s) => s.id === inSet) ? inSet : '';
  const setCodes = useMemo(() => idsInSet(sets, chosenSet, 'code'), [sets, chosenSet]);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<PendingDialog | null>(null);

  const byId = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const tree = useMemo(() => buildTree(codes), [codes]);
  const filtered = useMemo(() => keepOnly(filterTree(tree, filter), setCodes), [tree, filter, setCodes]);
  const rows = useMemo(() => visibleRows(filtered.nodes, expanded), [filtered, expanded]);
  const selected = selectedId === null ? undefined : byId.get(selectedId);
  const below = (code: CodeListing) => subtreeIds(codes, code.id).size - 1;

  const open = (ids: Iterable<string>) => setExpanded((prev) => new Set([...prev, ...ids]));
  const toggle = (ids: readonly string[], show: boolean) => setExpanded((prev) => {
    const next = new Set(prev);
    for (const id of ids) if (show) next.add(id); else next.delete(id);
    return next;
  });
  const changeFilter = (text: string) => {
    setFilter(text);
    open(filterTree(tree, text).open);
  };
  const chooseSet = (setId: string) => {
    setInSet(setId);
    open(keepOnly(filterTree(tree, filter), idsInSet(sets, setId, 'code')).open);
  };
  /** A code chosen in a set: selected, its categories opened, and any filter that hides it cleared. */
  const reveal = (id: string) => {
    setSelectedId(id);
    open(ancestorIds(codes, id));
    if (!rowsHold(filtered.nodes, id)) {
      setFilter('');
      setInSet('');
    }
  };

  const startRename = (id: string) => {
    if (!canCode) return;
    open(ancestorIds(codes, id));
    if (!rowsHold(filtered.nodes, id)) {
      setFilter('');
      setInSet('');
    }
    setRenamingId(id);
  };
  const rename = async (id: string, name: string | null) => {
    setRenamingId(null);
    const code = byId.get(id);
    if (name === null || !code) return;
    // With the version the tree showed: a code renamed or changed meanwhile is refused, the sentence shown and the codes reloaded.
    await run('code.rename', { code: code.path, name, version: code.version }, `Renamed ${quoted(code.name)} to ${quoted(name.trim())}.`);
  };
  const create = async (name: string, parent: CodeListing | null) => {
    const created = await run('code.create', { name, parent: parent?.path ?? null }, `Created ${quoted(name.trim())}.`);
    if (!created) return false;
    if (parent) open([parent.id, ...ancestorIds(codes, parent.id)]);
    setSelectedId(created.id);
    return true;
  };
  const move = async (code: CodeListing, parent: CodeListing | null) => {
    const done = parent ? `Moved ${quoted(code.name)} under ${quoted(parent.name)}.` : `${quoted(code.name)} is now a top-level category.`;
    if (await run('code.move', { code: code.path, parent: parent?.path ?? null }, done)) {
      if (parent) open([parent.id, ...ancestorIds(codes, parent.id)]);
    }
  };
  const merge = async (from: CodeListing, into: CodeListing) => {
    const done = `Merged ${quoted(from.name)} into ${quoted(into.name)}; Ctrl+Z undoes it.`;
    if (await run('code.merge', { from: from.path, into: into.path }, done)) {
      open(ancestorIds(codes, into.id));
      setSelectedId(into.id);
    }
  };
  const remove = async (code: CodeListing) => {
    if (await run('code.delete', { code: code.path }, `Deleted ${quoted(code.name)}; Ctrl+Z brings it back.`)) {
      setSelectedId(ancestorIds(codes, code.id)[0] ?? null);
    }
  };
  /** A drop, or the "Merge into…" action: refuse with a sentence, move to the top, or ask. */
  const combine = (fromId: string, toId: string | null, mergeOnly = false) => {
    const decision = dropDecision(codes, fromId, toId);
    const from = byId.get(fromId)!;
    const into = toId === null ? undefined : byId.get(toId);
    if (decision.kind === 'refuse') notify('error', decision.reason);
    else if (decision.kind === 'top') void move(from, null);
    else if (mergeOnly && decision.merge) notify('error', decision.merge);
    else if (into) setDialog({ kind: 'combine', from, into, below: below(from), ...(mergeOnly ? {} : { nest: decision.nest }) });
  };

  return (
    <>
      <CodebookExchange projectId={projectId} hasCodes={codes.length > 0} canImport={canCode} onImported={refresh} />
      <div className="code-toolbar">
        <div className="field">
          <label htmlFor="code-filter">Filter codes</label>
          <input id="code-filter" type="search" value={filter} placeholder="Part of a name, e.g. reaccion"
            onChange={(e) => changeFilter(e.target.value)} />
        </div>
        {canCode && <NewCodeForm label="New category" placeholder="Name, then Enter" onCreate={(name) => create(name, null)} />}
        <SetFilter kind="code" sets={sets} value={chosenSet} onChange={chooseSet} />
      </div>
      <p className="meta">
        Beside each code: its codings and its cases (participants), sub-codes included.
        {canCode && ' Drag a code onto another to nest or merge it; the details offer the same as “Move to…” and “Merge into…”.'}
      </p>
      <div className="code-system-body">
        <div className="code-tree-column">
          {codes.length === 0
            ? canCode
              ? <p className="status">No codes yet: create a category above, or apply the moments-of-meeting template with <code>sparks template apply PROJECT mom</code>.</p>
              : <p className="status">No codes yet.</p>
            : rows.length === 0
              ? <p className="status">{filter.trim() ? `No code matches ${quoted(filter.trim())}.` : 'No code in this set.'}</p>
              : <CodeTree rows={rows} selectedId={selectedId} renamingId={canCode ? renamingId : null} editable={canCode} onSelect={setSelectedId} onToggle={toggle}
                onRenameStart={startRename} onRenameEnd={(id, name) => void rename(id, name)}
                decide={(from, to) => dropDecision(codes, from, to)} onDrop={(from, to) => combine(from, to)} />}
          <CodeSets projectId={projectId} sets={sets} selectedId={selectedId} onShow={reveal} />
        </div>
        {selected
          ? <CodeDetails projectId={projectId} code={selected} codes={codes} sets={sets} hasChildren={below(selected) > 0}
            onRename={() => startRename(selected.id)} onDelete={() => setDialog({ kind: 'delete', code: selected, below: below(selected) })}
            onMove={(parent) => void move(selected, parent)} onMerge={(into) => combine(selected.id, into.id, true)}
            onCreateChild={(name) => create(name, selected)} />
          : <p className="code-details status">Select a code to see its definition, colour, counts and memos.</p>}
      </div>
      {dialog && canCode && (
        <CodeDialog dialog={dialog} onCancel={() => setDialog(null)} onDelete={(c) => void remove(c)}
          onNest={(from, into) => void move(from, into)} onMerge={(from, into) => void merge(from, into)} />
      )}
    </>
  );
}

function rowsHold(nodes: ReturnType<typeof filterTree>['nodes'], id: string): boolean {
  return nodes.some((n) => n.code.id === id || rowsHold(n.children, id));
}
