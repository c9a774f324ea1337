/** A modal question with a few labelled answers; Escape or a click outside cancels, focus returns where it was. */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface DialogChoice { label: string; onChoose: () => void; tone?: 'primary' | 'danger' }

export function ConfirmDialog({ title, children, choices, onCancel }: {
  title: string; children: ReactNode; choices: readonly DialogChoice[]; onCancel: () => void;
}) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    // A dangerous answer is never the default: Enter on a delete question cancels.
    const buttons = box.current?.querySelectorAll<HTMLButtonElement>('button');
    (choices.some((c) => c.tone === 'danger') ? buttons?.[buttons.length - 1] : buttons?.[0])?.focus();
    return () => before?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onCancel();
    } else if (e.key === 'Tab') {
      // Keep focus inside the dialog while it is open.
      const buttons = [...(box.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
      const first = buttons[0];
      const last = buttons[buttons.length - 1];
      if (e.shiftKey && document.activeElement === first) last?.focus();
      else if (!e.shiftKey && document.activeElement === last) first?.focus();
      else return;
      e.preventDefault();
    }
  };
  return (
    <div className="overlay" onClick={onCancel}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`}
        ref={box} onKeyDown={onKey} onClick={(e) => e.stopPropagation()}>
        <h2 id={`${id}-title`}>{title}</h2>
        <div id={`${id}-body`}>{children}</div>
        <p className="dialog-choices">
          {choices.map((c) => (
            <button key={c.label} type="button" className={c.tone} onClick={c.onChoose}>{c.label}</button>
          ))}
          <button type="button" onClick={onCancel}>Cancel</button>
        </p>
      </div>
    </div>
  );
}
