import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The content width of an element, kept current as it resizes. Measuring lays the page out at
 * once, inside the render that asks: `needed: false` (nothing yet drawn to that width) leaves the
 * first layout to the browser's own frame, a task of its own.
 */
export function useElementWidth<T extends HTMLElement>(fallback: number, needed = true) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !needed) return;
    const measure = () => setWidth(element.clientWidth || fallback);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallback, needed]);
  return [ref, width] as const;
}
