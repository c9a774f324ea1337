/**
 * What can be put on the model, beside the canvas: the codes or the memos, one list at a time.
 * The tabs follow the usual keys: arrows move between them, Tab goes on into the list.
 */
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

const TABS = [{ key: 'codes', label: 'Codes' }, { key: 'memos', label: 'Memos' }] as const;
export type PaletteTab = (typeof TABS)[number]['key'];

export function Palette({ codes, memos }: { codes: ReactNode; memos: ReactNode }) {
  const id = useId();
  const [tab, setTab] = useState<PaletteTab>('codes');
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const next = (TABS.findIndex((t) => t.key === tab) + 1) % TABS.length;
    setTab(TABS[next]!.key);
    buttons.current[next]?.focus();
    e.preventDefault();
  };
  return (
    <div className="model-palette">
      <div className="palette-tabs" role="tablist" aria-label="Put on the model" onKeyDown={onKey}>
        {TABS.map((t, i) => (
          <button key={t.key} ref={(el) => {
            buttons.current[i] = el;
          }} type="button" role="tab" id={`${id}-${t.key}`} aria-selected={tab === t.key} aria-controls={`${id}-panel`}
            tabIndex={tab === t.key ? 0 : -1} onClick={() => setTab(t.key)}>
            {t.label}
          </button>
        ))}
      </div>
      <div id={`${id}-panel`} className="palette-panel" role="tabpanel" aria-labelledby={`${id}-${tab}`}>
        {tab === 'codes' ? codes : memos}
      </div>
    </div>
  );
}
