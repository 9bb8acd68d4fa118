import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLORS } from './annotation';
import { MAX_BODIES, MAX_CONTEXT_LENGTH, MAX_ID_LENGTH, MAX_NOTE_LENGTH, MAX_SOURCE_LENGTH } from './limits';
import { validateAnnotation } from './schema';
import { isValidAnnotationFast } from './fastCheck';

// Values at and just past every limit, of every type, to put anywhere in a record.
const odd = fc.constantFrom<unknown>(
  undefined, null, 0, -1, 1.5, NaN, Infinity, -0, '', ' ', 'x', true, [], {}, [1, 2], { type: 'TextualBody' },
  'a'.repeat(MAX_ID_LENGTH), 'a'.repeat(MAX_ID_LENGTH + 1), 'a'.repeat(MAX_CONTEXT_LENGTH + 1), 'a'.repeat(MAX_NOTE_LENGTH + 1),
  'Annotation', 'TextualBody', 'commenting', 'tagging', 'classifying', 'highlighting', 'text/plain', 'yellow', 'orange',
  'TextQuoteSelector', 'TextPositionSelector', '2025-01-02T03:04:05.000Z', '2025-13-45T00:00:00Z', '2025-01-02', '#tag', 'a b', 'e\u0301',
);
const iso = fc.oneof(
  fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2025-01-02T03:04:05Z', '2025-01-02T03:04', '2025-02-30T00:00:00Z', '9999-12-31T23:59:59.999+07:00'),
);
const tag = fc.constantFrom('Đà-Nẵng', 'ngân-sách', 'x', 'a'.repeat(64), 'a'.repeat(65), '#x', 'a b', 'a,b', ' x', '-x', 'e\u0301', 'café');
const comment = fc.record(
  {
    type: fc.constant('TextualBody'),
    purpose: fc.constant('commenting'),
    value: fc.oneof(fc.string(), fc.constant('x'.repeat(MAX_NOTE_LENGTH))),
    format: fc.constant('text/plain'),
    language: fc.oneof(fc.constantFrom('vi', 'en-US'), fc.string({ maxLength: 40 })),
  },
  { requiredKeys: ['type', 'purpose', 'value', 'format'] },
);
const tagBody = fc.record({ type: fc.constant('TextualBody'), purpose: fc.constant('tagging'), value: tag });
const colorBody = fc.record({ type: fc.constant('TextualBody'), purpose: fc.constant('classifying'), value: fc.constantFrom(...HIGHLIGHT_COLORS) });
const annotation = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 40 }),
    type: fc.constant('Annotation'),
    motivation: fc.constantFrom('highlighting', 'commenting'),
    created: iso,
    modified: iso,
    body: fc.array(fc.oneof(comment, tagBody, colorBody), { maxLength: 6 }),
    source: fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constant('s'.repeat(MAX_SOURCE_LENGTH))),
    exact: fc.string({ minLength: 1, maxLength: 30 }),
    prefix: fc.string({ maxLength: MAX_CONTEXT_LENGTH }),
    suffix: fc.string({ maxLength: 8 }),
    start: fc.nat(1000),
    length: fc.nat(50),
  })
  .map(({ source, exact, prefix, suffix, start, length, ...a }) => ({
    ...a,
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact, prefix, suffix },
        { type: 'TextPositionSelector', start, end: start + length },
      ],
    },
  }));

type Loose = Record<string, unknown>;

/** Every path to a value inside `x` (objects and arrays), the root excluded. */
function paths(x: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof x !== 'object' || x === null) return [];
  return Object.keys(x).flatMap((k) => {
    const key = Array.isArray(x) ? Number(k) : k;
    return [[...at, key], ...paths((x as Loose)[k], [...at, key])];
  });
}

/** A copy of `a` with one change at a random place: a value replaced, deleted, or a key added. */
const mutated = annotation.chain((a) => {
  const all = paths(a);
  return fc.tuple(fc.constantFrom(...all), fc.constantFrom('replace', 'delete', 'add'), odd).map(([path, how, value]) => {
    const copy = structuredClone(a) as unknown as Loose;
    let parent: Loose = copy;
    for (const k of path.slice(0, -1)) parent = parent[k] as Loose;
    const last = path[path.length - 1]!;
    if (how === 'replace') parent[last] = value;
    else if (how === 'delete') delete parent[last];
    else if (typeof parent[last] === 'object' && parent[last] !== null) (parent[last] as Loose).extra = value;
    else (parent as Loose).extra = value;
    return copy;
  });
});

describe('isValidAnnotationFast agrees with AnnotationSchema', () => {
  it('accepts generated valid annotations exactly when the schema does, and returns them unchanged', () => {
    fc.assert(
      fc.property(annotation, (a) => {
        const schema = validateAnnotation(a);
        expect(isValidAnnotationFast(a)).toBe(schema.ok);
        if (schema.ok) expect(schema.annotation).toEqual(a);
      }),
      { numRuns: 3000 },
    );
    // Thousands of generated records: about a second on an idle machine, several on a loaded one.
  }, 30_000);

  it('never accepts what the schema rejects (one change anywhere in a record)', () => {
    let rejected = 0;
    fc.assert(
      fc.property(mutated, (a) => {
        const schema = validateAnnotation(a);
        if (!schema.ok) rejected++;
        if (isValidAnnotationFast(a)) {
          expect(schema.ok).toBe(true);
          if (schema.ok) expect(schema.annotation).toEqual(a);
        }
      }),
      { numRuns: 20000 },
    );
    // The generator must actually produce invalid records, or the property says nothing.
    expect(rejected).toBeGreaterThan(5000);
  }, 30_000);

  it.each<[string, (a: Loose) => void]>([
    ['too many bodies', (a) => (a.body = Array.from({ length: MAX_BODIES + 1 }, () => ({ type: 'TextualBody', purpose: 'classifying', value: 'blue' })))],
    ['three selectors', (a) => ((a.target as Loose).selector = [...((a.target as Loose).selector as unknown[]), {}])],
    ['an array as the annotation', (a) => Object.setPrototypeOf(a, Array.prototype)],
    ['an inherited unknown key', (a) => Object.setPrototypeOf(a, { extra: 1 })],
    ['language present but undefined', (a) => ((a.body as Loose[])[0] = { type: 'TextualBody', purpose: 'commenting', value: 'x', format: 'text/plain', language: undefined })],
  ])('is never more lenient than the schema: %s', (_name, change) => {
    const a = fc.sample(annotation, { numRuns: 1, seed: 7 })[0] as unknown as Loose;
    change(a);
    if (isValidAnnotationFast(a)) expect(validateAnnotation(a).ok).toBe(true);
  });
});
