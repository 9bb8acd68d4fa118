import type { PrerenderedData } from '../entry-server';

const samePath = (a: string, b: string) => (a.replace(/\/+$/, '') || '/') === (b.replace(/\/+$/, '') || '/');

/** The data scripts/prerender.ts embedded, if this page was prerendered for this very path. */
export function readPrerendered(doc: Document = document): PrerenderedData | null {
  const text = doc.getElementById('margin-data')?.textContent;
  if (!text) return null;
  try {
    const data = JSON.parse(text) as PrerenderedData;
    return samePath(data.path, doc.location.pathname) ? data : null;
  } catch {
    return null;
  }
}
