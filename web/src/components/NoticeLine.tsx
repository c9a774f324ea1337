/** The line that says what just happened, or why something was refused. */
import { useEffect, useState } from 'react';
import { useProject } from '../project.js';

const SHOW_MS = 6000;

export function NoticeLine() {
  const { notice } = useProject();
  const [shown, setShown] = useState(notice);
  useEffect(() => {
    setShown(notice);
    if (notice?.kind !== 'info') return;
    const timer = setTimeout(() => setShown(null), SHOW_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return (
    <p className={shown?.kind === 'error' ? 'notice error' : 'notice'} role={shown?.kind === 'error' ? 'alert' : 'status'} aria-live="polite">
      {shown?.text ?? ''}
    </p>
  );
}
