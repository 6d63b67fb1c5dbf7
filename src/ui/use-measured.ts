import { useLayoutEffect, useRef, useState } from 'react';

/**
 * What `read` finds of an element whenever the browser reports it laid the element out at a new
 * size (the first time included); null before that. Read then, sizes cost nothing, where asking
 * for them inside a render would lay the whole page out in that render's task. `read` must be the
 * same function at every render.
 */
export function useMeasured<T extends Element, V>(read: (element: T) => V) {
  const ref = useRef<T>(null);
  const [measure, setMeasure] = useState<V | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setMeasure(read(element)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [read]);
  return [ref, measure] as const;
}

const clientWidthOf = (element: HTMLElement) => element.clientWidth;
const boxHeightOf = (element: Element) => Math.ceil(element.getBoundingClientRect().height);

/** The width inside an element's borders, without its scroll bar. */
export const useElementWidth = <T extends HTMLElement>() => useMeasured<T, number>(clientWidthOf);
/** The height of an element's box, borders included, in whole pixels. */
export const useElementHeight = <T extends Element>() => useMeasured<T, number>(boxHeightOf);
