import { beforeAll, describe, expect, it } from 'vitest';
import { loadAnchoring, plainTextOf } from '../../../annotations/articleText';
import { ARTICLE, annotationOn, PLAIN } from '../../../annotations/testFixtures';
import { collectHighlights } from '../../../annotations/useArticleHighlights';
import { DRAFT_ID, HL_FLASH_PREFIX } from '../../../dom/paint';
import { highlightSpans, stylePriority, STYLE_ORDER } from './highlightSpans';

beforeAll(() => loadAnchoring());

const plain = () => plainTextOf(ARTICLE);
const blockStart = (b: number) => plain().blockStarts[b]!;

describe('highlightSpans', () => {
  const cases: {
    name: string;
    make: () => Parameters<typeof collectHighlights>[1];
    flash?: (ids: string[]) => string;
    styles: string[][];
    bars: [number, string[]][];
    notes: [number, number[]][];
  }[] = [
    {
      name: 'a plain highlight: its colour, a bar on its block, no note number',
      make: () => [annotationOn('Nguyễn Hồ Hải', 'green')],
      styles: [['green']],
      bars: [[1, ['green']]],
      notes: [],
    },
    {
      name: 'a note adds the note style and a footnote number on the block where it ends',
      make: () => [annotationOn('Nguyễn Hồ Hải', 'pink', 'Ai?')],
      styles: [['pink', 'note']],
      bars: [[1, ['pink']]],
      notes: [[1, [1]]],
    },
    {
      name: 'across two blocks: a bar on each, the number where it ends',
      make: () => [
        annotationOn('', 'purple', 'Dài', { start: blockStart(1) + 2, end: blockStart(2) + 5 }),
      ],
      styles: [['purple', 'note']],
      bars: [
        [1, ['purple']],
        [2, ['purple']],
      ],
      notes: [[2, [1]]],
    },
    {
      name: 'a flashed highlight gets the flash style; colours on one block are listed once each',
      make: () => [annotationOn('Nguyễn Hồ Hải', 'yellow'), annotationOn('chủ trì', 'yellow')],
      flash: (ids) => HL_FLASH_PREFIX + ids[1],
      styles: [['yellow'], ['yellow', 'flash']],
      bars: [[1, ['yellow']]],
      notes: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const list = c.make();
      const { anchored } = collectHighlights(ARTICLE, list, {});
      const out = highlightSpans(plain(), anchored, c.flash?.(list.map((a) => a.id)) ?? null, null);
      expect(out.spans.map((s) => s.styles)).toEqual(c.styles);
      for (const [i, s] of out.spans.entries()) expect(PLAIN.slice(s.start, s.end)).toBe(anchored[i]!.quote);
      expect([...out.bars]).toEqual(c.bars);
      expect([...out.notes]).toEqual(c.notes);
    });
  }

  it('notes are numbered in the order they end in the text, as the printed footnotes are', () => {
    const later = annotationOn('chủ trì', 'blue', 'hai');
    const earlier = annotationOn('Nguyễn Hồ Hải', 'blue', 'một');
    const { anchored } = collectHighlights(ARTICLE, [later, earlier], {});
    const { notes } = highlightSpans(plain(), anchored, null, null);
    const endsFirst = PLAIN.indexOf('Nguyễn Hồ Hải') < PLAIN.indexOf('chủ trì');
    expect([...notes.values()].flat()).toEqual([1, 2]);
    expect(endsFirst).toBe(true);
  });

  it('the passage a note is being written for is painted as a draft, without a bar', () => {
    const start = PLAIN.indexOf('chủ trì');
    const out = highlightSpans(plain(), [], null, { start, end: start + 7, color: 'green' });
    expect(out.spans).toEqual([{ id: DRAFT_ID, start, end: start + 7, styles: ['green', 'draft'] }]);
    expect(out.bars.size).toBe(0);
  });

  it('a highlight whose passage is gone is not painted (it is listed in the panel)', () => {
    const a = annotationOn('Nguyễn Hồ Hải');
    const orphan = { ...collectHighlights(ARTICLE, [a], {}).anchored[0]!, range: null };
    expect(highlightSpans(plain(), [orphan], null, null).spans).toEqual([]);
  });

  it('later styles win over earlier ones: states over colours, the flash over all', () => {
    const ranks = STYLE_ORDER.map(stylePriority);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(stylePriority('flash')).toBeGreaterThan(stylePriority('failed'));
    expect(stylePriority('saving')).toBeGreaterThan(stylePriority('purple'));
  });
});
