import { startTransition, useEffect, useState } from 'react';
import { loadCode } from '../lib/load-code';

/** A module of the app's own loaded after the first view: asked for once, kept once it is there. */
export interface LaterCode<M> {
  /** Asks for the module (once); a failure is a `CodeLoadError`. */
  load: () => Promise<M>;
  /** Asks for it ahead of need: a failure is told by whatever draws with it. */
  preload: () => void;
  /** The module, once it has arrived. */
  loaded: () => M | null;
}

export function laterCode<M>(importModule: () => Promise<M>): LaterCode<M> {
  let module: M | null = null;
  let loading: Promise<M> | null = null;
  const load = () => (loading ??= loadCode(importModule).then((arrived) => (module = arrived)));
  return {
    load,
    preload: () => void load().catch(() => undefined),
    loaded: () => module,
  };
}

/**
 * The module, or null until it is there (asked for now, if it was not yet); a failure to load it is
 * thrown to the nearest error boundary. Not `React.lazy`: a component that suspends shows its
 * content no sooner than 300 ms after its placeholder, even when its code has already arrived.
 *
 * A module that arrives after its placeholder was drawn is drawn in a transition: in slices that
 * give way to input and to the page's own work, where a first render of the timeline or the
 * table (20 ms and more here, four times that on a phone) would hold the page for its length.
 */
export function useLaterCode<M>(code: LaterCode<M>): M | null {
  const [module, setModule] = useState(code.loaded);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    if (module) return;
    let current = true;
    code.load().then(
      (arrived) => current && startTransition(() => setModule(() => arrived)),
      (error: unknown) => current && setFailure({ error }),
    );
    return () => {
      current = false;
    };
  }, [code, module]);
  if (failure) throw failure.error;
  return module;
}
