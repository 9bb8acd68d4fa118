import { describe, expect, it } from 'vitest';
import { validateLibraryHead, validateLibraryPage } from './schema';
import { buildViews } from './views';

const row = { id: 'a', title: 'A', published: '2020-01-01', source: null, people: 1, figures: 2, words: 3, bytes: 4 };

describe('library files', () => {
  it('accepts what the build writes', () => {
    expect(validateLibraryHead(JSON.parse(JSON.stringify(buildViews([row]).head))).ok).toBe(true);
    expect(validateLibraryPage([row]).ok).toBe(true);
  });

  it.each([
    [null, 'Expected Object'],
    [{ version: 2 }, 'version'],
    [{ ...buildViews([row]).head, first: [{ ...row, id: 'Not A Slug' }] }, 'first.0.id: expected a slug'],
    [{ ...buildViews([row]).head, total: -1 }, 'total'],
  ])('rejects %j with a message naming the problem', (data, message) => {
    const r = validateLibraryHead(data);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });
});
