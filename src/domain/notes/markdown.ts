import type { Entity } from '../article/types';
import { entitiesIn, placeEntities, splitByOrder, type AnchoredNote, type ExportArticle, type ExportEntry, type PlacedEntity } from './exportTypes';
import { escapeMarkdownLine, markdownBlockquote, markdownParagraph, yamlString } from './markdownText';
import { colorOf, noteOf, quoteOf } from './model';

/**
 * Markdown export: YAML front matter, "# Title", then each highlight in document order as a
 * blockquote with its colour, its note, and the officials and figures its range overlaps; orphans
 * (highlights that no longer anchor) in their own section at the end. Everything from the article or
 * the user is escaped (see markdownText.ts).
 */
function officialLabel(e: Entity): string {
  const name = e.name ?? e.text;
  return e.role ? `${name} (${e.role})` : name;
}

function renderNote(n: AnchoredNote, placed: readonly PlacedEntity[]): string {
  const parts = [markdownBlockquote(quoteOf(n.annotation)), '', `Colour: ${colorOf(n.annotation)}`];
  const note = noteOf(n.annotation);
  if (note !== '') parts.push('', markdownParagraph(note));
  if (n.range) {
    const { officials, figures } = entitiesIn(placed, n.range);
    const list: string[] = [];
    if (officials.length > 0) list.push(`- Officials: ${officials.map((e) => escapeMarkdownLine(officialLabel(e))).join('; ')}`);
    if (figures.length > 0) list.push(`- Figures: ${figures.map((e) => escapeMarkdownLine(e.text)).join('; ')}`);
    if (list.length > 0) parts.push('', ...list);
  }
  return parts.join('\n');
}

/** The notes of one article under a heading of the given level (shared by the single and all-notes exports). */
function renderArticleNotes(article: ExportArticle, notes: readonly AnchoredNote[], level: number): string {
  const h = '#'.repeat(level);
  const placed = placeEntities(article.article);
  const { anchored, orphans } = splitByOrder(notes);
  const notesBlock = (list: readonly AnchoredNote[]) => list.map((n) => renderNote(n, placed)).join('\n\n---\n\n');
  const sections: string[] = [`${h} ${escapeMarkdownLine(article.article.title)}`];
  if (anchored.length === 0 && orphans.length === 0) sections.push('_No highlights._');
  if (anchored.length > 0) sections.push(notesBlock(anchored));
  if (orphans.length > 0) sections.push(`${h}# Highlights no longer found in the article`, notesBlock(orphans));
  return sections.join('\n\n');
}

function frontMatter(fields: [string, string | null][]): string {
  return ['---', ...fields.map(([k, v]) => `${k}: ${yamlString(v)}`), '---'].join('\n');
}

export function formatMarkdown(article: ExportArticle, notes: readonly AnchoredNote[], now: Date): string {
  const a = article.article;
  const head = frontMatter([
    ['title', a.title],
    ['source', a.source],
    ['published', a.published],
    ['url', article.url],
    ['exported', now.toISOString()],
  ]);
  return `${head}\n\n${renderArticleNotes(article, notes, 1)}\n`;
}

/** Every article's notes in one file: "# Margin — all notes", then one "##" section per article. */
export function formatMarkdownAll(entries: readonly ExportEntry[], now: Date): string {
  const head = frontMatter([
    ['title', 'Margin — all notes'],
    ['exported', now.toISOString()],
  ]);
  const sections = entries.map((e) => {
    const a = e.article.article;
    const meta = [a.source, a.published, e.article.url].filter((x): x is string => !!x).map(escapeMarkdownLine);
    const body = renderArticleNotes(e.article, e.notes, 2);
    if (meta.length === 0) return body;
    const [heading, ...rest] = body.split('\n\n');
    return [heading, `_${meta.join(' · ')}_`, ...rest].join('\n\n');
  });
  return `${head}\n\n# Margin — all notes\n\n${sections.join('\n\n')}\n`;
}
