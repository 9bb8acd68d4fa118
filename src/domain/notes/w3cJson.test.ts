import { describe, expect, it } from 'vitest';
import { anchored, ARTICLE, EXPORT_ARTICLE, fixtureNotes, NOW, PLAIN } from './fixtures.test-helpers';
import { parseImport } from './importPlan';
import { formatW3cJson, formatW3cJsonAll } from './w3cJson';

describe('W3C JSON: a note not saved in the browser is exported, marked, and imported like any other', () => {
  const [first, second] = fixtureNotes();
  const notes = [anchored(first!), { ...anchored(second!), unsaved: true }];

  it.each([
    ['one article', () => formatW3cJson(EXPORT_ARTICLE, notes, NOW)],
    ['all notes', () => formatW3cJsonAll([{ article: EXPORT_ARTICLE, notes }], NOW)],
  ])('%s: "notSavedInBrowser": true on that note only', (_name, make) => {
    const items = (JSON.parse(make()) as { first: { items: { id: string; notSavedInBrowser?: unknown }[] } }).first.items;
    expect(items.map((i) => [i.id, i.notSavedInBrowser])).toEqual([
      [first!.id, undefined],
      [second!.id, true],
    ]);
  });

  it('import ignores the mark: the stored record equals the original', () => {
    const r = parseImport(formatW3cJson(EXPORT_ARTICLE, notes, NOW), new Set([ARTICLE.id]), new Map(), undefined, { plainTextOf: () => PLAIN });
    expect(r.ok && r.plan.toAdd.find((a) => a.id === second!.id)).toEqual(second);
  });
});
