import { describe as suite, expect, it } from 'vitest';
import { anchor } from './anchor';
import { fuzzyMatch } from './fuzzyMatch';
import type { AnchorSelector } from './types';

/**
 * The situations covered by the public tests of Hypothesis' quote matcher (hypothesis/client,
 * src/annotator/anchoring/test/match-quote-test.js), replayed against Margin's anchor(): same texts
 * (public-domain openings of two novels), same quotes and contexts, our own harness and wording.
 * Hypothesis' context strings carry no space next to the quote, so context equality never decides:
 * similarity must.
 */
const squash = (s: string) => s.replace(/\s+/g, ' ');
const SOLITUDE = squash(`Many years later, as he faced the firing squad, Colonel Aureliano Buendía was to
  remember that distant afternoon when his father took him to discover ice`);
const TWO_CITIES = squash(`It was the best of times, it was the worst of times, it was the age of wisdom, it
  was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the
  season of Light, it was the season of Darkness, it was the spring of hope, it was the winter of
  despair, we had everything before us, we had nothing before us, we were all going direct to Heaven,
  we were all going direct the other way.`);

const quote = (exact: string, context: { prefix?: string; suffix?: string } = {}): AnchorSelector => ({
  type: 'TextQuoteSelector',
  exact,
  prefix: context.prefix ?? '',
  suffix: context.suffix ?? '',
});
const slice = (text: string, r: { start: number; end: number } | null) => (r ? text.slice(r.start, r.end) : null);

suite('peer cases: which repeat of a quote the context picks', () => {
  const cases: { name: string; exact: string; prefix?: string; suffix?: string; lands: string }[] = [
    { name: 'prefix equal to the first repeat', exact: 'before us', prefix: 'we had everything', lands: 'before us, we had nothing' },
    { name: 'prefix equal to the second repeat', exact: 'before us', prefix: 'we had nothing', lands: 'before us, we were all going' },
    { name: 'prefix like the first, with a hyphen', exact: 'before us', prefix: 'we had every-thing', lands: 'before us, we had nothing' },
    { name: 'prefix like the second, misspelt', exact: 'before us', prefix: 'we had nout', lands: 'before us, we were all going' },
    { name: 'suffix equal to the first repeat', exact: 'we had', suffix: 'everything', lands: 'we had everything' },
    { name: 'suffix equal to the second repeat', exact: 'we had', suffix: 'nothing', lands: 'we had nothing' },
    { name: 'suffix like the first, with a space and a letter lost', exact: 'we had', suffix: 'ever ting', lands: 'we had everything' },
    { name: 'suffix like the second, misspelt', exact: 'we had', suffix: 'nutting', lands: 'we had nothing' },
  ];
  it.each(cases)('$name', ({ exact, prefix, suffix, lands }) => {
    const r = anchor(TWO_CITIES, [quote(exact, { prefix, suffix })]);
    expect(slice(TWO_CITIES, r)).toBe(exact);
    expect(r!.start).toBe(TWO_CITIES.indexOf(lands));
  });

  it('a Vietnamese name repeated: a space lost next to the quote still picks the right repeat', () => {
    const text =
      'Phó Bí thư Nguyễn Hồ Hải dự hội nghị. Sau đó, đồng chí Nguyễn Hồ Hải phát biểu. Cuối buổi, ông Nguyễn Hồ Hải kết luận.';
    const r = anchor(text, [quote('Nguyễn Hồ Hải', { prefix: 'Cuối buổi,ông', suffix: 'kết luận' })]);
    expect(r!.start).toBe(text.lastIndexOf('Nguyễn Hồ Hải'));
  });
});

suite('peer cases: finding the quote', () => {
  it('finds an exact quote', () => {
    expect(slice(SOLITUDE, anchor(SOLITUDE, [quote('discover ice')]))).toBe('discover ice');
  });

  it('finds the closest approximate quote when there is no exact one', () => {
    expect(slice(SOLITUDE, anchor(SOLITUDE, [quote('some years later')]))).toBe('Many years later');
  });

  it('gives up (an orphan) when nothing is close enough', () => {
    expect(anchor(TWO_CITIES, [quote(SOLITUDE)])).toBeNull();
  });

  it('gives up on an empty quote and on an empty text', () => {
    expect(anchor('foobar', [quote('')])).toBeNull();
    expect(anchor('', [quote('foobar')])).toBeNull();
  });

  it('accepts a prefix longer than the text before the quote', () => {
    expect(slice(SOLITUDE, anchor(SOLITUDE, [quote('years later', { prefix: 'It used to be many' })]))).toBe('years later');
  });

  it('accepts a suffix when the quote ends the text', () => {
    const text = 'Some document text';
    expect(slice(text, anchor(text, [quote('text', { suffix: 'missing' })]))).toBe('text');
  });

  it('the old position chooses between equally good approximate repeats; without it, the first', () => {
    const a = TWO_CITIES.indexOf('everything before us') + 'everything '.length;
    const b = TWO_CITIES.indexOf('nothing before us') + 'nothing '.length;
    const at = (start: number): AnchorSelector => ({ type: 'TextPositionSelector', start, end: start + 8 });
    expect(anchor(TWO_CITIES, [quote('befor us'), at(a)])!.start).toBe(a);
    expect(anchor(TWO_CITIES, [quote('befor us'), at(b)])!.start).toBe(b);
    expect(anchor(TWO_CITIES, [quote('befor us')])!.start).toBe(a);
  });
});

suite('peer cases: approximate scores fall as quote, prefix or suffix drift', () => {
  const descending = (scores: number[]) => scores.every((s, i) => i === 0 || s < scores[i - 1]!);
  const score = (exact: string, prefix = '', suffix = '') => fuzzyMatch(SOLITUDE, exact, prefix, suffix, null)?.score ?? 0;

  it('by quote', () => {
    const s = ['Many years later', 'Many yers later', 'Some years later', 'Some years after'].map((q) => score(q));
    expect(descending(s), String(s)).toBe(true);
  });
  it('by prefix', () => {
    const q = ', as he faced the firing squad';
    const s = ['Many years later', 'Many yers later', 'Some years later', 'Some years after'].map((p) => score(q, p));
    expect(descending(s), String(s)).toBe(true);
  });
  it('by suffix', () => {
    const suffixes = [
      ', as he faced the firing squad',
      ', as she faced the firing squad',
      ', as he awaited the firing squad',
      ', as he awaited his death',
    ];
    const s = suffixes.map((x) => score('Many years later', '', x));
    expect(descending(s), String(s)).toBe(true);
  });
});
