/**
 * A code's definition, saved by itself when the writer pauses or leaves the field (there is no save
 * button). Each save carries the version of the code it was written on; when someone else changed
 * the definition meanwhile, saving pauses and both versions are shown until the writer chooses.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ConflictPanel } from '../conflict/ConflictPanel.js';

/** How long a pause in typing must last before the definition is saved. */
export const DEFINITION_PAUSE_MS = 1500;

/** The definition as someone else saved it. */
export interface TheirDefinition { definition: string; version: number }
/** A save refused, taken (with the code's new version), or refused as made on an outdated copy. */
export type DefinitionSaved = false | { version?: number | undefined } | { conflict: TheirDefinition };

type SaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'conflict';

const normal = (text: string) => text.normalize('NFC').trim();

/** Words left in a conflict when the writer went to another code, shown again when it is selected. */
const leftInConflict = new Map<string, { text: string; theirs: TheirDefinition }>();

export interface DefinitionFieldProps {
  codeId: string;
  definition: string;
  version: number;
  onSave(definition: string, version: number): Promise<DefinitionSaved>;
  /** The writer left the code with a conflict unresolved: their words wait until it is selected again. */
  onLeftInConflict?(): void;
}

/** Keyed by code id in the parent, so a new code starts from its own stored definition. */
export function DefinitionField({ codeId, definition, version, onSave, onLeftInConflict }: DefinitionFieldProps) {
  const id = useId();
  const [waiting] = useState(() => leftInConflict.get(codeId));
  const [draft, setDraft] = useState(waiting?.text ?? definition);
  const [conflict, setConflict] = useState<TheirDefinition | null>(waiting?.theirs ?? null);
  const [state, setState] = useState<SaveState>(waiting ? 'conflict' : 'idle');
  // What the server holds, the latest draft, the version it was read at and the open conflict, for the timer and the unmount save.
  const stored = useRef(definition);
  const latest = useRef(waiting?.text ?? definition);
  const known = useRef(version);
  const open = useRef(conflict);
  // Someone else changed the definition while the writer had unsaved words: their newer version is not taken.
  const stale = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const props = useRef({ onSave, onLeftInConflict });
  props.current = { onSave, onLeftInConflict };

  const showConflict = (theirs: TheirDefinition | null) => {
    open.current = theirs;
    setConflict(theirs);
  };

  const save = async (): Promise<DefinitionSaved | undefined> => {
    clearTimeout(timer.current);
    const text = latest.current;
    if (open.current || normal(text) === stored.current) return undefined;
    setState('saving');
    const answer = await props.current.onSave(text, known.current);
    if (answer && 'conflict' in answer) {
      showConflict(answer.conflict);
      setState('conflict');
      return answer;
    }
    if (answer) {
      stored.current = normal(text);
      stale.current = false;
      if (answer.version !== undefined) known.current = answer.version;
    }
    setState(answer ? 'saved' : 'failed');
    return answer;
  };

  const resolve = (keepMine: boolean) => {
    const theirs = open.current;
    if (!theirs) return;
    showConflict(null);
    stale.current = false;
    known.current = theirs.version;
    stored.current = normal(theirs.definition);
    if (keepMine) {
      void save().then((answer) => answer === undefined && setState('saved'));
      return;
    }
    setDraft(theirs.definition);
    latest.current = theirs.definition;
    setState('idle');
  };

  // A change from elsewhere (another tab, the command line) shows at once, unless the writer has unsaved words.
  const [seen, setSeen] = useState({ definition, version });
  if (seen.definition !== definition || seen.version !== version) {
    setSeen({ definition, version });
    const mine = normal(latest.current);
    const unsaved = mine !== stored.current;
    if (unsaved && normal(definition) !== stored.current && normal(definition) !== mine) stale.current = true;
    // A new version that changed something else (name, colour) is taken, so the next save is not refused for it.
    if (!stale.current && !open.current) known.current = version;
    // Our own save coming back (normalised) leaves the field alone, trailing space and all.
    if (!unsaved && normal(definition) !== stored.current) {
      setDraft(definition);
      latest.current = definition;
    }
    stored.current = definition;
  }

  useEffect(() => {
    leftInConflict.delete(codeId);
    // Leaving the code saves unsaved words; words in a conflict wait for the code to be selected again.
    return () => {
      const park = (theirs: TheirDefinition) => {
        const entry = { text: latest.current, theirs };
        leftInConflict.set(codeId, entry);
        // Not when the field comes straight back (React's development double mount).
        queueMicrotask(() => leftInConflict.get(codeId) === entry && props.current.onLeftInConflict?.());
      };
      if (open.current) park(open.current);
      else void save().then((answer) => answer && 'conflict' in answer && park(answer.conflict));
    };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <div className="field">
      <label htmlFor={id}>Definition</label>
      {conflict && (
        <ConflictPanel heading="Someone else changed this definition meanwhile" level={3}
          fields={[{ label: 'definition', theirs: conflict.definition, yours: draft, rows: 4 }]}
          onKeepMine={() => resolve(true)} onTakeTheirs={() => resolve(false)} copyText={draft} />
      )}
      <textarea id={id} rows={5} value={draft} onBlur={() => void save()} onChange={(e) => {
        setDraft(e.target.value);
        latest.current = e.target.value;
        if (open.current) return;
        setState('idle');
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void save(), DEFINITION_PAUSE_MS);
      }} />
      <span className="meta field-state" role="status">
        {state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved.' : state === 'failed' ? 'Not saved; see the message above.'
          : state === 'conflict' ? 'Not saved: someone else changed it meanwhile; choose above which version stays.' : ''}
      </span>
    </div>
  );
}
