import { useCallback, useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs `load` when the component mounts and whenever `deps` change; an answer to a load that a
 * newer one replaced is dropped, so quick filter changes never show stale rows.
 */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const key = JSON.stringify(deps);
  const [state, setState] = useState<{ key: string | null; data?: T; error: unknown; loading: boolean }>({ key: null, error: null, loading: true });
  const [tick, setTick] = useState(0);
  const latest = useRef(0);
  useEffect(() => {
    const mine = ++latest.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    load().then(
      (data) => {
        if (mine === latest.current) setState({ key, data, error: null, loading: false });
      },
      (error: unknown) => {
        if (mine === latest.current) setState({ key, error, loading: false });
      },
    );
    // The caller names what the load depends on (deps); tick is a reload.
  }, [key, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  // Until the answer for the current deps is in, what is held belongs to other deps: still loading.
  return { data: state.data, error: state.error, loading: state.loading || state.key !== key, reload };
}
