// A textarea that grows with its text, up to the cap its CSS max-height sets, then scrolls: a
// one-row 说明 box otherwise shows only its last line on a phone.
import { useLayoutEffect, useRef } from 'preact/hooks';

/** Ref for a textarea; it is re-measured whenever one of `deps` (its value, whether it shows) changes. */
export function useAutoGrow(...deps: unknown[]) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !el.getClientRects().length) return; // hidden: measured again when it shows
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
  }, deps);
  return ref;
}
