import { useLayoutEffect, useRef, useState, type CSSProperties, type DependencyList } from 'react';
import { placeFloating, type Box, type Placement } from './placement';

/** Drawn but out of sight until measured and placed (before the first paint). */
const UNPLACED: CSSProperties = { top: 0, left: 0, visibility: 'hidden' };

/**
 * Places a floating box by `anchor` (see placeFloating), measured as it is drawn, and keeps it
 * there as the text scrolls, the window changes size or the box itself grows. `anchor` gives
 * null when the words are gone; the box is then hidden.
 */
export function useFloatingPlace<T extends HTMLElement>(anchor: () => Box | null, deps: DependencyList) {
  const ref = useRef<T>(null);
  const [place, setPlace] = useState<Placement | null>(null);

  useLayoutEffect(() => {
    const update = () => {
      const box = ref.current;
      const words = anchor();
      const next = box === null || words === null ? null : placeFloating(words, { width: box.offsetWidth, height: box.offsetHeight }, { width: window.innerWidth, height: window.innerHeight });
      setPlace((current) => (current?.top === next?.top && current?.left === next?.left ? current : next));
    };
    update();
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    const observer = new ResizeObserver(update);
    if (ref.current !== null) observer.observe(ref.current);
    return () => {
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
      observer.disconnect();
    };
    // The caller names what the anchor depends on, as for useEffect.
  }, deps);

  const style: CSSProperties = place === null ? UNPLACED : { top: place.top, left: place.left };
  return { ref, style, placed: place !== null, side: place?.side ?? null };
}
