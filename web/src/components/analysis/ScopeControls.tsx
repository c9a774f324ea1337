/** The choices every panel of the Analysis view shares: which documents and whose codings. */
import { DOCUMENT_SCOPES, type AnalysisScope, type DocumentScope } from '../../lib/analysis-query.js';

const KIND_LABELS: Record<DocumentScope, string> = {
  interview: 'Interviews', session: 'Therapy sessions', other: 'Other documents', all: 'All documents',
};

/** Typing in a number or text box waits this long before its panel asks the server again. */
export const SETTLE_MS = 300;

/** The coder whose codings are the team's agreed ones (resolved disagreements). */
const CONSENSUS = 'consensus';

export function ScopeControls({ scope, coders, onChange }: {
  scope: AnalysisScope; coders: readonly string[]; onChange(next: AnalysisScope): void;
}) {
  // A coder chosen before the list arrived (or who left the project) stays selectable.
  const names = scope.coder && !coders.includes(scope.coder) ? [...coders, scope.coder] : coders;
  return (
    <form className="analysis-scope" aria-label="What to analyse" onSubmit={(e) => e.preventDefault()}>
      <label>
        Documents{' '}
        <select name="kind" value={scope.kind} onChange={(e) => onChange({ ...scope, kind: e.target.value as DocumentScope })}>
          {DOCUMENT_SCOPES.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
        </select>
      </label>
      <label>
        Coder{' '}
        <select name="coder" value={scope.coder ?? ''} onChange={(e) => onChange({ ...scope, coder: e.target.value || null })}>
          {/* The server leaves the agreed layer out of "all", or it would count agreed passages twice. */}
          <option value="">{names.includes(CONSENSUS) ? 'All coders (without the agreed codings)' : 'All coders'}</option>
          {names.map((c) => <option key={c} value={c}>{c === CONSENSUS ? 'Consensus (agreed codings)' : c}</option>)}
        </select>
      </label>
    </form>
  );
}
