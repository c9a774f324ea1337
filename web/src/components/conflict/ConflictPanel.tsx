/**
 * Shown inside an editor when a save was refused because someone else saved the same object
 * meanwhile: both versions side by side, and the choice of which one stays. Nothing is saved or
 * replaced until the writer chooses.
 */
import { useId, useState } from 'react';
import './conflict.css';

export interface ConflictField {
  /** Lower case, as it reads after "Their" and "Your": "title", "text", "definition". */
  label: string;
  theirs: string;
  yours: string;
  rows?: number;
}

export interface ConflictPanelProps {
  heading: string;
  /** The heading's level where the panel sits (its two versions get the next one). */
  level?: 2 | 3 | 4;
  fields: readonly ConflictField[];
  /** When their version was saved (ISO time), and by whom, when known. */
  savedAt?: string | undefined;
  savedBy?: string | undefined;
  onKeepMine(): void;
  onTakeTheirs(): void;
  /** What "Copy mine, then take theirs" puts on the clipboard; the action is offered only where a clipboard is. */
  copyText?: string;
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function savedLine(at: string | undefined, by: string | undefined): string {
  const date = at ? new Date(at) : null;
  const time = date && !Number.isNaN(date.getTime()) ? when.format(date) : null;
  if (by && time) return `Saved by ${by}, ${time}.`;
  if (by) return `Saved by ${by}.`;
  return time ? `Saved ${time}.` : 'Saved by someone else.';
}

export function ConflictPanel({ heading, level = 2, fields, savedAt, savedBy, onKeepMine, onTakeTheirs, copyText }: ConflictPanelProps) {
  const id = useId();
  const [copyProblem, setCopyProblem] = useState(false);
  const Heading = `h${level}` as const;
  const Sub = `h${level + 1}` as 'h3' | 'h4' | 'h5';
  const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;

  const copyThenTake = async () => {
    try {
      await clipboard!.writeText(copyText ?? '');
    } catch {
      // Without the copy their version must not replace the writer's text: say so and keep both.
      setCopyProblem(true);
      return;
    }
    onTakeTheirs();
  };

  return (
    <section className="conflict" role="alert" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} className="conflict-heading">{heading}</Heading>
      <p className="conflict-intro">
        Your changes are not saved, and saving is paused here until you choose. Compare both versions:
        keep yours (replacing theirs), or take theirs (replacing yours).
      </p>
      <div className="conflict-versions">
        <section aria-label="Their version" className="conflict-version">
          <Sub>Their version</Sub>
          <p className="meta">{savedLine(savedAt, savedBy)}</p>
          {fields.map((f) => (
            <label key={f.label} className="conflict-field">
              <span>Their {f.label}</span>
              <textarea readOnly value={f.theirs} rows={f.rows ?? 1} />
            </label>
          ))}
        </section>
        <section aria-label="Your version" className="conflict-version">
          <Sub>Your version</Sub>
          <p className="meta">Not saved; still in the editor.</p>
          {fields.map((f) => (
            <label key={f.label} className="conflict-field">
              <span>Your {f.label}</span>
              <textarea readOnly value={f.yours} rows={f.rows ?? 1} />
            </label>
          ))}
        </section>
      </div>
      <div className="conflict-actions" role="group" aria-label="Which version stays">
        <button type="button" className="primary" onClick={onKeepMine}>Keep mine</button>
        <button type="button" onClick={onTakeTheirs}>Take theirs</button>
        {copyText !== undefined && clipboard?.writeText && (
          <button type="button" onClick={() => void copyThenTake()}>Copy mine, then take theirs</button>
        )}
      </div>
      {copyProblem && <p className="conflict-problem">Your text could not be copied; select it in “Your version” and copy it yourself.</p>}
    </section>
  );
}
