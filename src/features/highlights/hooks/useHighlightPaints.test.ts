import { beforeAll, describe, expect, it } from 'vitest';
import { loadAnchoring } from '../../../annotations/articleText';
import { ARTICLE, annotationOn, PLAIN } from '../../../annotations/testFixtures';
import { collectHighlights } from '../../../annotations/useArticleHighlights';
import { buildHighlightPaints, highlightClass } from './useHighlightPaints';

beforeAll(() => loadAnchoring());

const starts = () => {
  const s: number[] = [];
  let at = 0;
  for (const b of ARTICLE.blocks) {
    s.push(at);
    at += b.text.length + 2;
  }
  return s;
};

describe('buildHighlightPaints', () => {
  it('paints a highlight inside one block as a mark with its id, colour and one tab stop', () => {
    const a = annotationOn('Nguyễn Hồ Hải', 'green');
    const { anchored } = collectHighlights(ARTICLE, [a], {});
    const paints = buildHighlightPaints(ARTICLE, anchored, null);
    expect(paints).toHaveLength(3);
    expect(paints[0]).toEqual([]);
    expect(paints[2]).toEqual([]);
    const [p] = paints[1]!;
    expect(ARTICLE.blocks[1]!.text.slice(p!.start, p!.end)).toBe('Nguyễn Hồ Hải');
    expect(p).toMatchObject({ id: a.id, className: 'hl hl-green', mark: true, data: { hl: a.id } });
    expect(p!.lead).toMatchObject({ tabIndex: 0 });
  });

  it('cuts a highlight across blocks at the separator; only its first piece is a tab stop', () => {
    const s = starts();
    const from = s[1]! + ARTICLE.blocks[1]!.text.indexOf('chủ trì');
    const to = s[2]! + 'Các đại biểu'.length;
    const a = annotationOn('', 'purple', '', { start: from, end: to });
    const { anchored } = collectHighlights(ARTICLE, [a], {});
    const paints = buildHighlightPaints(ARTICLE, anchored, null);
    const [first] = paints[1]!;
    const [second] = paints[2]!;
    expect(ARTICLE.blocks[1]!.text.slice(first!.start, first!.end)).toBe('chủ trì hội nghị.');
    expect(ARTICLE.blocks[2]!.text.slice(second!.start, second!.end)).toBe('Các đại biểu');
    expect(first!.lead).toBeDefined();
    expect(second!.lead).toBeUndefined();
  });

  it('marks a note on the last character of the last piece, and the note class on every piece', () => {
    const s = starts();
    const a = annotationOn('', 'blue', 'Ghi chú', { start: s[1]! + 4, end: s[2]! + 3 });
    const { anchored } = collectHighlights(ARTICLE, [a], {});
    const paints = buildHighlightPaints(ARTICLE, anchored, null);
    expect(paints[1]!.map((p) => p.className)).toEqual(['hl hl-blue hl-note']);
    expect(paints[2]!.map((p) => [p.className, p.start, p.end])).toEqual([
      ['hl hl-blue hl-note', 0, 3],
      ['hl-note-end', 2, 3],
    ]);
  });

  it('shows the saving / failed / flashed states, and a draft for a note being written', () => {
    const a = annotationOn('hội nghị', 'pink');
    const saving = collectHighlights(ARTICLE, [], { [a.id]: { articleId: ARTICLE.id, id: a.id, after: a, status: 'saving', seq: 1 } });
    expect(highlightClass(saving.anchored[0]!, null)).toBe('hl hl-pink hl-saving');
    const failed = collectHighlights(ARTICLE, [], {
      [a.id]: { articleId: ARTICLE.id, id: a.id, after: a, status: 'failed', seq: 1, error: 'đầy' },
    });
    expect(highlightClass(failed.anchored[0]!, `hl:${a.id}`)).toBe('hl hl-pink hl-failed hl-flash');
    const paints = buildHighlightPaints(ARTICLE, [], null, { start: 0, end: 4, color: 'yellow' });
    expect(paints[0]).toEqual([expect.objectContaining({ id: 'hl-draft', className: 'hl hl-yellow hl-draft', start: 0, end: 4 })]);
    expect(paints[0]![0]!.lead).toBeUndefined();
  });
});

describe('collectHighlights', () => {
  it('lays writes in flight over the stored records: new, changed, deleted', () => {
    const kept = annotationOn('Các đại biểu');
    const changed = annotationOn('Nguyễn Hồ Hải');
    const gone = annotationOn('hội nghị');
    const fresh = annotationOn('Quan tâm');
    const recoloured = { ...changed, body: [{ type: 'TextualBody' as const, purpose: 'classifying' as const, value: 'pink' as const }] };
    const r = collectHighlights(ARTICLE, [kept, changed, gone], {
      [changed.id]: { articleId: ARTICLE.id, id: changed.id, after: recoloured, status: 'saving', seq: 1 },
      [gone.id]: { articleId: ARTICLE.id, id: gone.id, after: null, status: 'saving', seq: 2 },
      [fresh.id]: { articleId: ARTICLE.id, id: fresh.id, after: fresh, status: 'failed', seq: 3, error: 'x' },
      other: { articleId: 'khac', id: 'other', after: annotationOn('Đảng'), status: 'saving', seq: 4 },
    });
    // Document order.
    expect(r.anchored.map((h) => h.id)).toEqual([fresh.id, changed.id, kept.id]);
    expect(r.byId.get(changed.id)).toMatchObject({ color: 'pink', state: 'saving', stored: changed });
    expect(r.byId.get(fresh.id)).toMatchObject({ state: 'failed', error: 'x', stored: null });
    expect(r.byId.has(gone.id)).toBe(false);
    expect(r.byId.has('other')).toBe(false);
  });

  it('keeps highlights whose passage is gone as orphans, with their quote and note', () => {
    const a = annotationOn('Nguyễn Hồ Hải', 'yellow', 'quan trọng');
    const edited = {
      ...ARTICLE,
      blocks: ARTICLE.blocks.map((b, i) => (i === 1 ? { ...b, text: 'Đoạn này đã được viết lại hoàn toàn khác.' } : b)),
    };
    const r = collectHighlights(edited, [a], {});
    expect(r.anchored).toEqual([]);
    expect(r.orphans).toHaveLength(1);
    expect(r.orphans[0]).toMatchObject({ id: a.id, quote: 'Nguyễn Hồ Hải', note: 'quan trọng', range: null });
  });

  it('re-anchors a passage that moved', () => {
    const a = annotationOn('chia sẻ kinh nghiệm');
    const edited = {
      ...ARTICLE,
      blocks: ARTICLE.blocks.map((b, i) => (i === 2 ? { ...b, text: `Mở đầu mới. ${b.text}` } : b)),
    };
    const r = collectHighlights(edited, [a], {});
    const range = r.anchored[0]!.range!;
    const text = edited.blocks.map((b) => b.text).join('\n\n');
    expect(text.slice(range.start, range.end)).toBe('chia sẻ kinh nghiệm');
    expect(PLAIN.indexOf('chia sẻ kinh nghiệm')).not.toBe(range.start);
  });
});
