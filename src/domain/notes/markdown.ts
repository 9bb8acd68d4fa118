import type { Entity } from '../article/types';
import type { Translate } from '../i18n';
import {
  DEFAULT_EXPORT_OPTIONS,
  entitiesIn,
  exportTranslator,
  placeEntities,
  splitByOrder,
  type AnchoredNote,
  type ExportArticle,
  type ExportEntry,
  type ExportOptions,
  type PlacedEntity,
} from './exportTypes';
import { escapeMarkdownLine, markdownBlockquote, markdownParagraph, yamlString } from './markdownText';
import { colorOf, noteOf, quoteOf, tagsOf } from './model';
import { tagKey } from './tags';

/**
 * Markdown export, in the reader's language: YAML front matter (with `tags:`, every tag used),
 * "# Title", then each highlight in document order as a blockquote with its colour's name, its tags
 * as `#tag`s, its note, and the officials and figures its range overlaps; orphans (highlights that
 * no longer anchor) in their own section at the end. Everything from the article or the user is
 * escaped (see markdownText.ts); a tag is always one `#word` (see tags.ts).
 */
interface Ctx {
  t: Translate;
  options: ExportOptions;
}

function officialLabel(e: Entity): string {
  const name = e.name ?? e.text;
  return e.role ? `${name} (${e.role})` : name;
}

function renderNote(n: AnchoredNote, placed: readonly PlacedEntity[], { t, options }: Ctx): string {
  const a = n.annotation;
  const parts = [markdownBlockquote(quoteOf(a)), '', `${t('export.md.colour')}: ${escapeMarkdownLine(options.colorNames[colorOf(a)])}`];
  const tags = tagsOf(a);
  if (tags.length > 0) parts[parts.length - 1] += `  \n${t('export.md.tags')}: ${tags.map((tag) => `#${escapeMarkdownLine(tag)}`).join(' ')}`;
  const note = noteOf(a);
  if (note !== '') parts.push('', markdownParagraph(note));
  if (n.unsaved) parts.push('', `**${t('export.md.unsaved')}**`);
  if (n.range) {
    const { officials, figures } = entitiesIn(placed, n.range);
    const list: string[] = [];
    if (officials.length > 0) list.push(`- ${t('export.md.officials')}: ${officials.map((e) => escapeMarkdownLine(officialLabel(e))).join('; ')}`);
    if (figures.length > 0) list.push(`- ${t('export.md.figures')}: ${figures.map((e) => escapeMarkdownLine(e.text)).join('; ')}`);
    if (list.length > 0) parts.push('', ...list);
  }
  return parts.join('\n');
}

/** The notes of one article under a heading of the given level (shared by the single and all-notes exports). */
function renderArticleNotes(article: ExportArticle, notes: readonly AnchoredNote[], level: number, ctx: Ctx): string {
  const h = '#'.repeat(level);
  const placed = placeEntities(article.article);
  const { anchored, orphans } = splitByOrder(notes);
  const notesBlock = (list: readonly AnchoredNote[]) => list.map((n) => renderNote(n, placed, ctx)).join('\n\n---\n\n');
  const sections: string[] = [`${h} ${escapeMarkdownLine(article.article.title)}`];
  if (anchored.length === 0 && orphans.length === 0) sections.push(`_${ctx.t('export.md.none')}_`);
  if (anchored.length > 0) sections.push(notesBlock(anchored));
  if (orphans.length > 0) sections.push(`${h}# ${ctx.t('export.md.orphans')}`, notesBlock(orphans));
  return sections.join('\n\n');
}

/** Every tag of these notes once (first spelling wins), in document order of first use. */
function allTags(notes: readonly AnchoredNote[]): string[] {
  const seen = new Map<string, string>();
  const { anchored, orphans } = splitByOrder(notes);
  for (const n of [...anchored, ...orphans]) for (const tag of tagsOf(n.annotation)) if (!seen.has(tagKey(tag))) seen.set(tagKey(tag), tag);
  return [...seen.values()];
}

function frontMatter(fields: [string, string | null | readonly string[]][]): string {
  const value = (v: string | null | readonly string[]) =>
    Array.isArray(v) ? `[${v.map((x) => yamlString(x)).join(', ')}]` : yamlString(v as string | null);
  return ['---', ...fields.map(([k, v]) => `${k}: ${value(v)}`), '---'].join('\n');
}

export function formatMarkdown(
  article: ExportArticle,
  notes: readonly AnchoredNote[],
  now: Date,
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
): string {
  const a = article.article;
  const ctx = { t: exportTranslator(options), options };
  const head = frontMatter([
    ['title', a.title],
    ['source', a.source],
    ['published', a.published],
    ['url', article.url],
    ['tags', allTags(notes)],
    ['exported', now.toISOString()],
  ]);
  return `${head}\n\n${renderArticleNotes(article, notes, 1, ctx)}\n`;
}

/** Every article's notes in one file: "# Margin — all notes", then one "##" section per article. */
export function formatMarkdownAll(entries: readonly ExportEntry[], now: Date, options: ExportOptions = DEFAULT_EXPORT_OPTIONS): string {
  const ctx = { t: exportTranslator(options), options };
  const title = ctx.t('export.md.allTitle');
  const head = frontMatter([
    ['title', title],
    ['tags', entries.flatMap((e) => allTags(e.notes)).filter((tag, i, list) => list.findIndex((x) => tagKey(x) === tagKey(tag)) === i)],
    ['exported', now.toISOString()],
  ]);
  const sections = entries.map((e) => {
    const a = e.article.article;
    const meta = [a.source, a.published, e.article.url].filter((x): x is string => !!x).map(escapeMarkdownLine);
    const body = renderArticleNotes(e.article, e.notes, 2, ctx);
    if (meta.length === 0) return body;
    const [heading, ...rest] = body.split('\n\n');
    return [heading, `_${meta.join(' · ')}_`, ...rest].join('\n\n');
  });
  return `${head}\n\n# ${escapeMarkdownLine(title)}\n\n${sections.join('\n\n')}\n`;
}
