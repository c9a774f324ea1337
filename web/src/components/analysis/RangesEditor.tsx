/**
 * Setting the project's own frequency ranges (settings `frequencyRanges`) from the Analysis view,
 * or going back to Hill et al.'s. The form is checked before anything is sent, so a mistyped
 * range never reaches the project; the server still refuses anyone but the owner.
 */
import { useState } from 'react';
import type { RangesInUse } from '../../../../src/analysis/index.js';
import { RANGE_NAMES, rangesFields, readRangesForm, type RangeName, type RangesFields } from '../../lib/ranges-form.js';
import { useCommand } from '../../project.js';

const TITLES: Record<RangeName, string> = { general: 'General', typical: 'Typical', variant: 'Variant', rare: 'Rare' };

export function RangesEditor({ inUse, n }: { inUse: RangesInUse; n: number }) {
  const run = useCommand();
  const [fields, setFields] = useState<RangesFields | null>(null);
  const [problem, setProblem] = useState<{ error: string; invalid: RangeName[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const own = inUse.source === 'project' || !!inUse.ignored;

  // Each opening starts from the ranges labelling the table now, whatever was typed before.
  const open = () => {
    setFields(rangesFields(inUse.ranges));
    setProblem(null);
  };
  const close = () => {
    setFields(null);
    setProblem(null);
  };
  const send = async (frequencyRanges: unknown, done: string) => {
    setBusy(true);
    const result = await run('project.settings', { settings: { frequencyRanges } }, done);
    setBusy(false);
    if (result !== undefined) close();
  };
  const save = () => {
    if (!fields) return;
    const reading = readRangesForm(fields);
    if (!reading.ok) return setProblem({ error: reading.error, invalid: reading.invalid });
    setProblem(null);
    void send(reading.ranges, "Saved the project's frequency ranges.");
  };
  const type = (name: RangeName, end: 'from' | 'to', value: string) =>
    setFields((f) => (f ? { ...f, [name]: { ...f[name], [end]: value } } : f));

  return (
    <div className="ranges-editor">
      <p className="ranges-actions">
        <button type="button" aria-expanded={fields !== null} aria-controls={fields ? 'ranges-form' : undefined}
          onClick={() => (fields ? close() : open())}>
          Set the project's ranges…
        </button>
        {own && (
          <button type="button" disabled={busy} onClick={() => void send(null, "The frequency labels follow Hill et al. (2005) again.")}>
            Use Hill's ranges
          </button>
        )}
      </p>
      {fields && (
        <form id="ranges-form" className="ranges-form" aria-label="The project's frequency ranges"
          aria-describedby={problem ? 'ranges-problem' : 'ranges-hint'} noValidate
          onSubmit={(e) => { e.preventDefault(); save(); }}>
          <p id="ranges-hint" className="hint">
            Numbers of cases, both ends included. The project's ranges label the table whenever the general range holds the number of cases (now {n}); otherwise Hill et al.'s apply.
          </p>
          {RANGE_NAMES.map((name) => {
            const invalid = problem?.invalid.includes(name) ? true : undefined;
            return (
              <fieldset key={name} className="ranges-row" data-range={name}>
                <legend>{TITLES[name]}{name === 'rare' ? ' (optional)' : ''}</legend>
                <label>from <input type="number" min={0} step={1} name={`${name}-from`} aria-label={`${TITLES[name]} from`} aria-invalid={invalid}
                  value={fields[name].from} onChange={(e) => type(name, 'from', e.target.value)} /></label>
                <label>to <input type="number" min={0} step={1} name={`${name}-to`} aria-label={`${TITLES[name]} to`} aria-invalid={invalid}
                  value={fields[name].to} onChange={(e) => type(name, 'to', e.target.value)} /></label>
              </fieldset>
            );
          })}
          {problem && <p id="ranges-problem" className="status error" role="alert">{problem.error}</p>}
          <p className="ranges-actions">
            <button type="submit" disabled={busy}>Save</button>
            <button type="button" onClick={close}>Cancel</button>
          </p>
        </form>
      )}
    </div>
  );
}
