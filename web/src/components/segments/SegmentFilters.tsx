/** The filter panel of the Segments view: codes and how they combine, documents, coders, participants. */
import type { SegmentMode } from '../../../../src/contract/segments.js';
import type { CaseListing, CodeListing, DocumentListing } from '../../api.js';
import type { SegmentFilters as Filters } from '../../lib/segment-query.js';
import { AttributeConditions } from './AttributeConditions.js';
import { CheckList } from './CheckList.js';

const MODES: readonly { mode: SegmentMode; label: string; hint: string }[] = [
  { mode: 'any', label: 'Any of them', hint: 'segments coded with at least one of the codes' },
  { mode: 'all', label: 'All of them', hint: 'segments coded with every one of the codes' },
  { mode: 'overlap', label: 'Overlapping', hint: 'segments of one code whose text overlaps a segment of each other code' },
];

export interface FilterChoices { codes: readonly CodeListing[]; documents: readonly DocumentListing[]; cases: readonly CaseListing[]; coders: readonly string[] }

export function SegmentFilters({ filters, choices, onChange }: { filters: Filters; choices: FilterChoices; onChange(next: Filters): void }) {
  const change = (part: Partial<Filters>) => onChange({ ...filters, ...part });
  return (
    <form className="segment-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <CheckList legend="Codes" empty="No codes yet; create them in the code system."
        choices={choices.codes.map((c) => ({ value: c.path, label: c.name, color: c.color, depth: c.depth }))}
        selected={filters.codes} onChange={(codes) => change({ codes })} />
      <p className="meta">A code includes the codes below it.</p>
      <fieldset className="modes" disabled={filters.codes.length < 2}>
        <legend>With several codes, show segments coded with</legend>
        {MODES.map((m) => (
          <label key={m.mode} title={m.hint}>
            <input type="radio" name="segment-mode" value={m.mode} checked={filters.mode === m.mode} onChange={() => change({ mode: m.mode })} />
            {m.label} <span className="meta">({m.hint})</span>
          </label>
        ))}
      </fieldset>
      <CheckList legend="Documents" empty="No documents yet."
        choices={choices.documents.map((d) => ({ value: d.name, label: d.case ? `${d.name} (${d.case})` : d.name }))}
        selected={filters.documents} onChange={(documents) => change({ documents })} />
      <CheckList legend="Coders" empty="Nobody has coded yet."
        choices={choices.coders.map((c) => ({ value: c, label: c }))}
        selected={filters.coders} onChange={(coders) => change({ coders })} />
      <AttributeConditions cases={choices.cases} conditions={filters.attributes} onChange={(attributes) => change({ attributes })} />
    </form>
  );
}
