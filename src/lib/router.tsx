import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { parseRoute, type Route } from './route';

export { parseRoute, type Route };

export const articlePath = (id: string) => `/a/${id}`;

/** Set by the prerenderer: there is no location on the server. */
let serverPath = '/';
export function setServerPath(path: string): void {
  serverPath = path;
}

// Subscribers to the browser location (the location itself is the state, in window.history).
const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export function navigate(to: string): void {
  const url = new URL(to, window.location.href);
  window.history.pushState(null, '', url.pathname + url.search + url.hash);
  listeners.forEach((l) => l());
  if (!url.hash) window.scrollTo(0, 0);
}

/** The query string (?q=…&source=…), '' on the server. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search, () => '');
}

/**
 * Changes the query string without a new history entry (typing in a search box must not make one per
 * key); parameters set to null or '' are removed.
 */
export function replaceSearchParams(changes: Record<string, string | null>): void {
  const url = new URL(window.location.href);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === '') url.searchParams.delete(k);
    else url.searchParams.set(k, v);
  }
  const next = url.pathname + url.search + url.hash;
  if (next === window.location.pathname + window.location.search + window.location.hash) return;
  window.history.replaceState(window.history.state, '', next);
  listeners.forEach((l) => l());
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname, () => serverPath);
}

export function useRoute(): Route {
  return parseRoute(usePath());
}

/** An in-app link: a real <a href> (works without JS, opens in new tabs) with client navigation. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
