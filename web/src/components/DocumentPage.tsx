/** One document: its transcript with highlights and the coding margin, where text is coded. */
import { useCallback, useMemo, useRef, useState } from 'react';
import { api, type CodeListing, type DocumentView } from '../api.js';
import type { Rect } from '../lib/popover.js';
import { hrefOf } from '../lib/route.js';
import type { TextRange } from '../lib/selection.js';
import { useProject, useProjectResource } from '../project.js';
import type { Resource } from '../use-resource.js';
import { CodePicker } from './document/CodePicker.js';
import { SegmentDetails } from './document/SegmentDetails.js';
import { useCoding, type Choice } from './document/use-coding.js';
import { LinkedMemos } from './memos/LinkedMemos.js';
import { SetMembership } from './sets/SetMembership.js';
import { useSets } from './sets/use-sets.js';
import { Loaded } from './Status.js';
import { Transcript } from './Transcript.js';
import './document/document.css';

interface Loaded { doc: DocumentView; codes: CodeListing[]; codesById: Map<string, CodeListing> }

async function load(projectId: string, documentId: string): Promise<Loaded> {
  const [doc, codes] = await Promise.all([api.document(projectId, documentId), api.codes(projectId)]);
  return { doc, codes, codesById: new Map(codes.map((c) => [c.id, c])) };
}

/** Keeps the last data on screen when a reload fails, so a passing hiccup does not lose the reader's place. */
function useLastReady<T>(resource: Resource<T>): { resource: Resource<T>; stale: string | null } {
  const last = useRef<T | null>(null);
  if (resource.state === 'ready') last.current = resource.data;
  if (resource.state === 'error' && last.current !== null) {
    return { resource: { state: 'ready', data: last.current }, stale: resource.message };
  }
  return { resource, stale: null };
}

const MEDIA = { audio: 'transcript of an audio recording', video: 'transcript of a video recording', picture: 'description of a picture' } as const;

/** What a document brought in from another program stands for, and its file. */
const mediaLine = (m: { kind: keyof typeof MEDIA; path: string | null }): string => `${MEDIA[m.kind]}${m.path ? ` (${m.path})` : ''}`;

export function DocumentPage({ projectId, documentId, at }: { projectId: string; documentId: string; at?: number | undefined }) {
  const data = useProjectResource(() => load(projectId, documentId), [projectId, documentId]);
  const { resource, stale } = useLastReady(data);
  // The text shows once the role is known (or could not be), so a selection made at first sight
  // already opens the picker for a coder instead of doing nothing.
  const { role, roleProblem } = useProject();
  const settled = role !== null || roleProblem !== null;
  return (
    <section className="document" aria-labelledby="document-title">
      <nav className="crumbs" aria-label="Breadcrumbs">
        <a href={hrefOf({ view: 'projects' })}>Projects</a> › <a href={hrefOf({ view: 'documents', projectId })}>Documents</a>
      </nav>
      {stale && <p className="status error" role="alert">{stale} The text shown may be out of date.</p>}
      <Loaded resource={settled ? resource : { state: 'loading' }}>
        {(loaded) => <CodingView projectId={projectId} at={at} {...loaded} />}
      </Loaded>
    </section>
  );
}

type Details = { segmentIds: string[]; anchor: Rect };
type Picking = { range: TextRange; anchor: Rect };

function CodingView({ projectId, at, doc, codes, codesById }: Loaded & { projectId: string; at?: number | undefined }) {
  const { canCode } = useProject();
  const actions = useCoding(doc, codes);
  const scroller = useRef<HTMLDivElement>(null);
  const [picking, setPicking] = useState<Picking | null>(null);
  const [details, setDetails] = useState<Details | null>(null);
  const orphaned = useMemo(() => doc.segments.filter((s) => s.orphaned).length, [doc]);
  const sets = useSets(projectId);
  // Read once per opening, so the list does not reorder under the reader.
  const recent = useMemo(() => (picking ? actions.recent() : []), [picking]); // eslint-disable-line react-hooks/exhaustive-deps

  const closePicker = useCallback(() => {
    setPicking(null);
    window.getSelection()?.removeAllRanges();
  }, []);
  // The picker only opens for those who may code; the checks below also cover a role lost meanwhile.
  const choose = (choice: Choice) => {
    if (!picking || !canCode) return;
    closePicker();
    void actions.code(picking.range, choice);
  };
  const inVivo = () => {
    if (!picking || !canCode) return;
    closePicker();
    void actions.inVivo(picking.range);
  };
  const onSelectText = useCallback((range: TextRange, anchor: Rect) => {
    setDetails(null);
    setPicking({ range, anchor });
  }, []);
  const onOpenSegments = useCallback((segmentIds: string[], from: HTMLElement) => {
    setPicking(null);
    setDetails({ segmentIds, anchor: from.getBoundingClientRect() });
  }, []);

  return (
    <>
      <div className="document-head">
        <div>
          <h1 id="document-title">{doc.name}</h1>
          <p className="meta">
            {doc.case ? `Case ${doc.case} · ` : ''}{doc.kind}{doc.media ? ` · ${mediaLine(doc.media)}` : ''} · {doc.turns.length} turns · {doc.segments.length} coded segments
            {orphaned > 0 ? ` · ${orphaned} orphaned, to review` : ''}
          </p>
          <SetMembership sets={sets} member={{ type: 'document', id: doc.id, name: doc.name }} />
        </div>
        <LinkedMemos type="document" id={doc.id} refName={doc.name} />
      </div>
      <Transcript
        doc={doc}
        codes={codesById}
        pending={picking?.range ?? null}
        at={at}
        scroller={scroller}
        onSelectText={canCode ? onSelectText : undefined}
        onOpenSegments={onOpenSegments}
      />
      {picking && canCode && (
        <CodePicker
          codes={codes}
          recent={recent}
          anchor={picking.anchor}
          title="Code the selection"
          quote={doc.text.slice(picking.range.start, picking.range.end)}
          onChoose={choose}
          onInVivo={inVivo}
          onClose={closePicker}
        />
      )}
      {details && (
        <SegmentDetails
          projectId={projectId}
          doc={doc}
          codes={codes}
          codesById={codesById}
          segmentIds={details.segmentIds}
          anchor={details.anchor}
          actions={actions}
          onClose={() => setDetails(null)}
          fallbackFocus={() => scroller.current}
        />
      )}
    </>
  );
}
