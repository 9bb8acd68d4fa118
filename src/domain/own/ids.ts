/**
 * Ids of the reader's own articles: `own--<slug>-<nonce>`. Ingest's slugger folds every run of
 * non-alphanumerics into one dash (tested in ids.test.ts), so a bundled id never contains "--" and
 * can never start with this prefix; the nonce keeps two own articles with one title apart.
 */
import { slugify } from '../ingest/text';

export const OWN_ID_PREFIX = 'own--';

export function isOwnId(id: string): boolean {
  return id.startsWith(OWN_ID_PREFIX);
}

/** `nonce`: a few random characters from the caller (the domain has no randomness of its own). */
export function ownId(title: string, nonce: string): string {
  const suffix = nonce.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 12) || '0';
  return `${OWN_ID_PREFIX}${slugify(title, 48)}-${suffix}`;
}
