import { describe, expect, it } from 'vitest';
import { createAnnotation } from './model';
import { validateAnnotation } from './schema';

const good = createAnnotation({
  id: 'urn:uuid:c',
  articleId: 'art-1',
  plainText: 'Ông Phùng Quốc Hiển phát biểu',
  start: 4,
  end: 19,
  color: 'yellow',
  note: 'ghi chú',
  now: new Date('2026-01-01T00:00:00.000Z'),
});

// Tests poke at untyped JSON on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;
const edit = (f: (a: Loose) => void) => {
  const copy = structuredClone(good) as unknown as Loose;
  f(copy);
  return copy;
};

describe('validateAnnotation', () => {
  it('accepts a Margin annotation', () => expect(validateAnnotation(good)).toEqual({ ok: true, annotation: good }));

  it.each([
    ['a numeric id', edit((a) => (a.id = 42)), 'id: id must be a string'],
    ['an empty id', edit((a) => (a.id = '')), 'id: id must not be empty'],
    ['a note over 100 KB', edit((a) => (a.body[0].value = 'x'.repeat(100_001))), 'body.0.value: note is longer than 100000 characters'],
    ['a bad date', edit((a) => (a.modified = 'hôm qua')), 'modified: must be an ISO 8601 date-time'],
    ['an unknown colour', edit((a) => (a.body[1].value = 'orange')), 'body.1.value: colour must be one of yellow, green, blue, pink, purple'],
    ['a negative offset', edit((a) => (a.target.selector[1].start = -1)), 'target.selector.1.start: must not be negative'],
    ['start after end', edit((a) => (a.target.selector[1].start = 99)), 'target.selector.1: start must not be after end'],
    ['an unknown key', edit((a) => (a.extra = true)), 'extra'],
    ['a missing target', edit((a) => delete a.target), 'target'],
  ])('rejects %s, naming the path', (_name, input, error) => {
    const r = validateAnnotation(input, '');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain(error);
  });

  it('prefixes paths', () => {
    const r = validateAnnotation(edit((a) => (a.id = 1)), 'first.items[2]');
    expect(!r.ok && r.error).toMatch(/^first\.items\[2\]\.id: /);
  });
});
