import { describe, expect, it } from 'vitest';
import { anchored, ARTICLE, EN, EXPORT_ARTICLE, fixtureNotes, NOW, PLAIN } from './fixtures.test-helpers';
import type { Annotation } from './annotation';
import { parseImport } from './importPlan';
import { ANNOTATION_CONTEXT, formatW3cJson, formatW3cJsonAll } from './w3cJson';

const notes = fixtureNotes();
const json = formatW3cJson(EXPORT_ARTICLE, notes.map(anchored), NOW, EN);
const known = new Set([ARTICLE.id]);
const plainTextOf = (id: string) => (id === ARTICLE.id ? PLAIN : undefined);

describe('formatW3cJson', () => {
  const doc = JSON.parse(json);

  it('is a W3C AnnotationCollection with an embedded first page', () => {
    expect(doc['@context']).toBe(ANNOTATION_CONTEXT);
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.id).toBe('urn:margin:export:tui-tien-quoc-gia:20260301100000000');
    expect(doc.label).toBe('Margin notes: “Túi tiền” quốc gia: Hụt thu và... bội chi');
    expect(doc.total).toBe(notes.length);
    expect(doc.first.type).toBe('AnnotationPage');
    expect(doc.first.items).toHaveLength(notes.length);
  });

  /** What export does to the colour body: names it for people, with an id import reads back. */
  const named = (a: Annotation) => ({
    ...a,
    body: a.body.map((b) =>
      b.purpose === 'classifying' ? { id: `urn:margin:colour:${b.value}`, type: 'TextualBody', purpose: 'classifying', value: EN.colorNames[b.value] } : b,
    ),
  });

  it('tags are tagging bodies; the colour is a classifying body named for people', () => {
    const item = doc.first.items.find((i: { id: string }) => i.id === 'urn:uuid:3');
    expect(item.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: '<script>alert(1)</script><img src=x onerror=alert(2)>', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'hỏi-lại' },
      { type: 'TextualBody', purpose: 'tagging', value: 'Ngân-sách' },
      { id: 'urn:margin:colour:pink', type: 'TextualBody', purpose: 'classifying', value: 'Question' },
    ]);
  });

  it('keeps every field and converts positions to code points (the emoji counts once)', () => {
    const emoji = notes[4]!;
    const item = doc.first.items.find((i: { id: string }) => i.id === emoji.id);
    const start = emoji.target.selector[1].start;
    expect(item.target.selector[1]).toEqual({ type: 'TextPositionSelector', start, end: start + Array.from(emoji.target.selector[0].exact).length });
    expect({ ...item, target: { ...item.target, selector: [item.target.selector[0], emoji.target.selector[1]] } }).toEqual(named(emoji));
    const before = notes[0]!;
    expect(doc.first.items[0]).toEqual(named(before));
    expect(item.target.source).toBe(ARTICLE.id);
  });

  it('all-notes variant: one collection with every article', () => {
    const all = JSON.parse(formatW3cJsonAll([{ article: EXPORT_ARTICLE, notes: notes.map(anchored) }, { article: EXPORT_ARTICLE, notes: [] }], NOW, EN));
    expect(all.total).toBe(notes.length);
    expect(all.label).toBe('Margin: all notes');
    expect(JSON.parse(formatW3cJsonAll([], NOW)).label).toBe('Margin: tất cả ghi chú');
  });
});

describe('JSON export → import round trip', () => {
  it('gives identical annotations, quotes with newlines, commas, quotes, Markdown, HTML, NFD and emoji included', () => {
    const r = parseImport(json, known, new Map(), undefined, { plainTextOf });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.toAdd).toEqual(notes);
    expect(r.plan.toAdd.find((a) => a.id === 'urn:uuid:3')!.body[0]).toEqual({
      type: 'TextualBody',
      purpose: 'commenting',
      value: '<script>alert(1)</script><img src=x onerror=alert(2)>',
      format: 'text/plain',
    });
  });

  it('tags and colours come back whatever the colour is named, in either language', () => {
    for (const file of [json, formatW3cJson(EXPORT_ARTICLE, notes.map(anchored), NOW)]) {
      const r = parseImport(file, known, new Map(), undefined, { plainTextOf });
      expect(r.ok && r.plan.toAdd).toEqual(notes);
    }
  });

  it('importing the same file twice: everything unchanged', () => {
    const first = parseImport(json, known, new Map(), undefined, { plainTextOf });
    if (!first.ok) throw new Error(first.error);
    const stored = new Map(first.plan.toAdd.map((a) => [a.id, a]));
    const second = parseImport(json, known, stored, undefined, { plainTextOf });
    expect(second.ok && second.plan.unchanged).toEqual(notes);
    expect(second.ok && [second.plan.toAdd, second.plan.toUpdate, second.plan.older]).toEqual([[], [], []]);
    expect(second.ok && second.plan.summary).toBe('5 annotations in the file: 0 new notes, 0 updated, 5 unchanged.');
  });
});
