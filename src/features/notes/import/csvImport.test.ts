import { describe, expect, it } from 'vitest';
import { colorNames } from '../../../domain/notes/colorNames';
import { formatCsv } from '../../../domain/notes/csv';
import { anchored, ARTICLE, EN, EXPORT_ARTICLE, fixtureNotes, NOW, PLAIN } from '../../../domain/notes/fixtures.test-helpers';
import { parseImport } from '../../../domain/notes/importPlan';
import { colorOf, tagsOf } from '../../../domain/notes/model';
import type { Annotation } from '../../../domain/notes/annotation';
import { csvAsJson } from './csvImport';

const texts = async () => new Map([[ARTICLE.id, PLAIN]]);
const notes = fixtureNotes();

async function imported(csv: string, title = ARTICLE.title, names = colorNames('vi')) {
  const r = await csvAsJson(csv, [{ id: 'khac', title: 'Bài khác' }, { id: ARTICLE.id, title }], names, texts);
  if (!r.ok) throw new Error(r.error);
  const plan = parseImport(r.json, new Set([ARTICLE.id, 'khac']), new Map(), undefined, { plainTextOf: () => PLAIN });
  if (!plan.ok) throw new Error(plan.error);
  return plan.plan.toAdd;
}

describe('a CSV file in the import dialog', () => {
  it.each([
    ['exported in Vietnamese, read with Vietnamese names', undefined, colorNames('vi')],
    ['exported in English with a renamed colour, read with those names', EN, EN.colorNames],
    ['exported in English, read by a reader using Vietnamese (default names of either language)', { lang: 'en' as const, colorNames: colorNames('en') }, colorNames('vi')],
  ])('%s: colours and tags come back', async (_name, options, names) => {
    const back = await imported(formatCsv(EXPORT_ARTICLE, notes.map(anchored), NOW, options), ARTICLE.title, names);
    const byId = (list: readonly Annotation[]) => [...list].sort((a, b) => a.target.selector[1].start - b.target.selector[1].start);
    expect(byId(back).map((a) => [colorOf(a), tagsOf(a)])).toEqual(byId(notes).map((a) => [colorOf(a), tagsOf(a)]));
  });

  it('finds the article by its title whatever the spacing or case', async () => {
    const back = await imported(formatCsv(EXPORT_ARTICLE, notes.slice(0, 2).map(anchored), NOW), `  ${ARTICLE.title.toUpperCase().replace(/ /g, '  ')} `);
    expect(back.map((a) => a.target.source)).toEqual([ARTICLE.id, ARTICLE.id]);
  });

  it('a file without Readwise columns is refused with the reason', async () => {
    expect(await csvAsJson('Name,Value\r\na,1\r\n', [], colorNames('vi'), texts)).toEqual({ ok: false, error: 'Invalid CSV: no Highlight or Title column' });
  });

  it('the CSV exported here, imported here again: the notes are recognised, nothing is added or changed', async () => {
    const r = await csvAsJson(formatCsv(EXPORT_ARTICLE, notes.map(anchored), NOW), [{ id: ARTICLE.id, title: ARTICLE.title }], colorNames('vi'), texts, notes);
    if (!r.ok) throw new Error(r.error);
    const plan = parseImport(r.json, new Set([ARTICLE.id]), new Map(notes.map((a) => [a.id, a])), undefined, { plainTextOf: () => PLAIN });
    expect(plan.ok && [plan.plan.toAdd.length, plan.plan.toUpdate.length]).toEqual([0, 0]);
  });
});
