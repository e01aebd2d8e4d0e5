/**
 * The wall clock in UNIX seconds, for the validator's expiration checks and the JWT's iat. The
 * server render and hydration see null (so the markup matches), the browser then reads the clock
 * once; refreshNow() reads it again. An external store, so no state is set inside an effect.
 */
import {useEffect, useSyncExternalStore} from 'react';

let now: number | null = null;
const listeners = new Set<() => void>();

function read(): number {
  return Math.floor(Date.now() / 1000);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function getSnapshot(): number {
  now ??= read();
  return now;
}

function getServerSnapshot(): null {
  return null;
}

export function refreshNow(): void {
  now = read();
  for (const listener of listeners) listener();
}

/** null during the server render and hydration, then the time the page was opened. */
export function useNowSeconds(): number | null {
  // A later visit to the page (client-side navigation) reads the clock again.
  useEffect(() => refreshNow(), []);
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
