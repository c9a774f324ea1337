/** Shared behaviour of the document view's popovers: placement, outside clicks, focus return. */
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { placeNear, type Rect } from '../../lib/popover.js';

/**
 * Places the popover beside `anchor` within the viewport, closes it on a press outside it, and
 * gives focus back to what had it (or to `fallback`) when it goes away.
 */
export function usePopover(
  box: RefObject<HTMLElement | null>, anchor: Rect, onClose: () => void, fallback?: () => HTMLElement | null,
): CSSProperties {
  const [place, setPlace] = useState({ left: anchor.left, top: anchor.bottom + 6 });
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    setPlace(placeNear(anchor, { width: el.offsetWidth, height: el.offsetHeight }, { width: window.innerWidth, height: window.innerHeight }));
  }, [box, anchor.left, anchor.top, anchor.right, anchor.bottom]); // eslint-disable-line react-hooks/exhaustive-deps

  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const onDown = (e: PointerEvent | MouseEvent) => {
      if (box.current && e.target instanceof Node && !box.current.contains(e.target)) close.current();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [box]);

  // Read while rendering: by the time effects run, autoFocus inside the popover has moved focus.
  const [before] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const fallbackRef = useRef(fallback);
  fallbackRef.current = fallback;
  useEffect(() => {
    return () => {
      // Only give focus back when it was inside the popover (a click elsewhere keeps its own focus).
      const active = document.activeElement;
      if (active && active !== document.body && !box.current?.contains(active) && active.isConnected) return;
      const target = before && before !== document.body && before.isConnected ? before : fallbackRef.current?.() ?? null;
      target?.focus({ preventScroll: true });
    };
  }, [box, before]);
  return { position: 'fixed', left: place.left, top: place.top };
}
