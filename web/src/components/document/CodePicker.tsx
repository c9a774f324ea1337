/**
 * The code picker: a filter box over the code system (an ARIA combobox with its listbox). Enter
 * applies the highlighted code, or creates a code with the typed name when none matches.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CodeListing } from '../../api.js';
import { solid } from '../../lib/color.js';
import { createTarget, inVivoName, rankCodes } from '../../lib/picker-filter.js';
import type { Rect } from '../../lib/popover.js';
import type { Choice } from './use-coding.js';
import { usePopover } from './use-popover.js';
import './document.css';

export interface CodePickerProps {
  codes: readonly CodeListing[];
  /** Ids of the codes used last, newest first: listed first while the filter is empty. */
  recent: readonly string[];
  anchor: Rect;
  /** What the picker is for, e.g. "Code the selection". */
  title: string;
  /** The text about to be coded, shown as a reminder. */
  quote?: string;
  onChoose(choice: Choice): void;
  /** When given, an "In vivo" button (and Alt+V) codes the quote with a code named by its words. */
  onInVivo?: () => void;
  onClose(): void;
}

const SHOWN = 60;

type Option = { kind: 'code'; code: CodeListing } | { kind: 'create'; name: string; parent: string | null };

export function CodePicker({ codes, recent, anchor, title, quote, onChoose, onInVivo, onClose }: CodePickerProps) {
  const box = useRef<HTMLDivElement>(null);
  const style = usePopover(box, anchor, onClose);
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const target = useMemo(() => createTarget(codes, query), [codes, query]);
  const options = useMemo<Option[]>(() => {
    const found: Option[] = rankCodes(codes, query, recent).slice(0, SHOWN).map((code) => ({ kind: 'code', code }));
    return target && 'name' in target ? [...found, { kind: 'create', ...target }] : found;
  }, [codes, query, recent, target]);
  const current = Math.min(active, options.length - 1);

  const choose = (option: Option | undefined) => {
    if (!option) return;
    onChoose(option.kind === 'code' ? { code: option.code } : { create: { name: option.name, parent: option.parent } });
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    const move = (to: number) => {
      e.preventDefault();
      setActive(options.length === 0 ? 0 : (to + options.length) % options.length);
    };
    if (e.key === 'ArrowDown') move(current + 1);
    else if (e.key === 'ArrowUp') move(current - 1);
    else if (e.key === 'PageDown') move(Math.min(current + 8, options.length - 1));
    else if (e.key === 'PageUp') move(Math.max(current - 8, 0));
    else if (e.key === 'Enter') {
      e.preventDefault();
      choose(options[current]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    } else if (onInVivo && e.altKey && (e.code === 'KeyV' || e.key.toLowerCase() === 'v')) {
      e.preventDefault();
      onInVivo();
    } else return;
  };
  const optionId = (i: number) => `${id}-option-${i}`;

  return (
    <div className="popover picker" role="dialog" aria-label={title} ref={box} style={style}>
      <p className="picker-title">{title}</p>
      {quote && <p className="picker-quote">“{quote.length > 140 ? `${quote.slice(0, 140)}…` : quote}”</p>}
      <input
        type="text"
        aria-label="Code"
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={options.length > 0 ? optionId(current) : undefined}
        placeholder="Type to filter or to name a new code"
        autoFocus
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
      />
      <ul className="picker-list" role="listbox" id={`${id}-list`} aria-label="Codes" onMouseDown={(e) => e.preventDefault()}>
        {options.map((option, i) => (
          <li
            key={option.kind === 'code' ? option.code.id : 'create'}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            className={option.kind === 'create' ? 'picker-option picker-create' : 'picker-option'}
            onClick={() => choose(option)}
            onMouseMove={() => i !== current && setActive(i)}
            ref={i === current ? (el) => el?.scrollIntoView?.({ block: 'nearest' }) : undefined}
          >
            {option.kind === 'code'
              ? (
                <>
                  <span className="swatch" style={{ background: solid(option.code.color) }} aria-hidden="true" />
                  <span className="picker-name">{option.code.name}</span>
                  {option.code.parent && <span className="picker-path"> in {option.code.parent}</span>}
                </>
              )
              : <>Create code “{option.name}”{option.parent && <span className="picker-path"> in {option.parent}</span>}</>}
          </li>
        ))}
      </ul>
      {options.length === 0 && <p className="picker-empty">{target && 'problem' in target ? target.problem : 'No codes yet: type a name to create one.'}</p>}
      {target && 'problem' in target && options.length > 0 && <p className="picker-empty">{target.problem}</p>}
      {onInVivo && quote && (
        <p className="picker-tools">
          <button type="button" onClick={onInVivo} title="Create a code named by the selected words and apply it (Alt+V)">
            In vivo: “{inVivoName(quote)}”
          </button>
        </p>
      )}
    </div>
  );
}
