/**
 * Everything about the selected code beside the tree: definition, colour, counts, memos and the
 * actions on it. Readers get the definition as text and none of the actions that change the code.
 */
import type { CodeListing } from '../../api.js';
import type { SetView } from '../../../../src/contract/sets.js';
import { quoted } from '../../lib/code-tree.js';
import { solid } from '../../lib/color.js';
import { hrefOf } from '../../lib/route.js';
import { useCommand, useProject } from '../../project.js';
import { LinkedMemos } from '../memos/LinkedMemos.js';
import { SetMembership } from '../sets/SetMembership.js';
import { ColorField } from './ColorField.js';
import { DefinitionField, type DefinitionSaved, type TheirDefinition } from './DefinitionField.js';
import { MoveMerge } from './MoveMerge.js';
import { NewCodeForm } from './NewCodeForm.js';

export interface CodeDetailsProps {
  projectId: string;
  code: CodeListing;
  codes: readonly CodeListing[];
  /** The project's sets, for the code's own (and "Add to set…"). */
  sets: readonly SetView[];
  hasChildren: boolean;
  onRename: () => void;
  onDelete: () => void;
  onMove: (parent: CodeListing | null) => void;
  onMerge: (into: CodeListing) => void;
  onCreateChild: (name: string) => Promise<boolean>;
}

export function CodeDetails(props: CodeDetailsProps) {
  const { projectId, code, codes, hasChildren } = props;
  const run = useCommand();
  const { canCode, notify } = useProject();
  // Every edit names the version it was made on, so a change made meanwhile elsewhere is compared, never overwritten.
  const define = async (definition: string, version: number): Promise<DefinitionSaved> => {
    const refused: { theirs?: TheirDefinition } = {};
    const done = await run('code.define', { code: code.path, definition, version }, undefined, {
      onConflict: (c) => { refused.theirs = { definition: c.definition, version: c.version ?? 1 }; },
    });
    if (done) return { version: done.version };
    return refused.theirs ? { conflict: refused.theirs } : false;
  };
  const recolor = async (color: string | null) =>
    (await run('code.recolor', { code: code.path, color, version: code.version }, color ? 'Colour changed.' : 'Colour removed.')) !== undefined;
  const attributes = Object.entries(code.attributes);
  const segments = hrefOf({ view: 'segments', projectId, query: new URLSearchParams({ code: code.path }).toString() });

  return (
    <section className="code-details" aria-labelledby="code-details-title">
      <h2 id="code-details-title">
        <span className="code-swatch" style={{ background: code.color ? solid(code.color) : undefined }} aria-hidden="true" />
        {code.name}
      </h2>
      <p className="meta">{code.parent === null ? 'Top-level category' : 'Path'}: <code>{code.path}</code></p>
      <p className="code-actions">
        {canCode && <button type="button" onClick={props.onRename} aria-keyshortcuts="F2" title="Rename (F2 in the tree)">Rename</button>}
        <a href={segments}>Show its segments</a>
        {canCode && <button type="button" className="danger" onClick={props.onDelete}>Delete…</button>}
      </p>
      <dl className="code-facts">
        <dt>Codings</dt>
        <dd>{hasChildren ? `${code.codings} directly; ${code.codingsWithChildren} with its sub-codes` : code.codings}</dd>
        <dt>Cases (participants)</dt>
        <dd>{hasChildren ? `${code.cases} directly; ${code.casesWithChildren} with its sub-codes` : code.cases}</dd>
      </dl>
      {canCode ? <>
        <DefinitionField key={code.id} codeId={code.id} definition={code.definition} version={code.version} onSave={define}
          onLeftInConflict={() => notify('error', `Your definition of ${quoted(code.name)} is not saved: someone else changed it meanwhile. Select the code again to compare both.`)} />
        <ColorField color={code.color} onChange={recolor} />
      </> : <>
        <h3>Definition</h3>
        {code.definition ? <p className="code-definition">{code.definition}</p> : <p className="meta">None yet.</p>}
      </>}
      <h3>Attributes</h3>
      {attributes.length === 0
        ? <p className="meta">None.</p>
        : <dl className="code-facts">{attributes.map(([k, v]) => [<dt key={`k-${k}`}>{k}</dt>, <dd key={`v-${k}`}>{v}</dd>])}</dl>}
      <LinkedMemos type="code" id={code.id} refName={code.path} />
      <SetMembership sets={props.sets} member={{ type: 'code', id: code.id, name: code.path }} heading={<h3>Sets</h3>} />
      {canCode && <>
        <h3>Sub-codes</h3>
        <NewCodeForm label={`New sub-code of ${code.name}`} placeholder="Name, then Enter" onCreate={props.onCreateChild} />
        <h3>Move or merge</h3>
        <MoveMerge code={code} codes={codes} onMove={props.onMove} onMerge={props.onMerge} />
      </>}
    </section>
  );
}
