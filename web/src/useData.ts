import { useCallback, useEffect, useRef, useState } from 'react';
import { getHealth } from './api';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/** Loads with `load` whenever `key` changes; keeps the last data while reloading. */
export function useData<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ key: string; data: T | null; error: string | null; loading: boolean }>({ key, data: null, error: null, loading: true });
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    let live = true;
    setState((s) => ({ key, data: s.key === key ? s.data : null, error: null, loading: true }));
    loadRef.current().then(
      (data) => live && setState({ key, data, error: null, loading: false }),
      (err: unknown) => live && setState((s) => ({ key, data: s.key === key ? s.data : null, error: err instanceof Error ? err.message : String(err), loading: false })),
    );
    return () => {
      live = false;
    };
  }, [key, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  const current = state.key === key;
  return { data: current ? state.data : null, error: current ? state.error : null, loading: !current || state.loading, reload };
}

/**
 * Live updates: asks /api/health every `ms` and calls `onChange` when the number of stored
 * reports changed since the page loaded (a new report joined).
 */
export function useArticleCountPoll(onChange: () => void, ms = 5000): void {
  const cb = useRef(onChange);
  cb.current = onChange;
  useEffect(() => {
    let known = -1;
    let stopped = false;
    const tick = async () => {
      try {
        const { articles } = await getHealth();
        if (!stopped && known >= 0 && articles !== known) cb.current();
        known = articles;
      } catch {
        /* the server is away: try again at the next tick */
      }
    };
    void tick();
    const timer = window.setInterval(tick, ms);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [ms]);
}
