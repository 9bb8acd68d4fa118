import type { TextRange } from '../anchoring/types';
import type { Article, Entity } from '../article/types';
import { toPlainText } from '../article/plainText';
import { translator, type Lang, type Translate } from '../i18n';
import type { Annotation } from './annotation';
import { colorNames, type ColorNames } from './colorNames';

/** What the exporters need to know about an article. `url` is where the article was published. */
export interface ExportArticle {
  article: Article;
  url: string | null;
}

/** The reader's language (headings and labels of exports meant for people) and colour names. */
export interface ExportOptions {
  lang: Lang;
  colorNames: ColorNames;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = Object.freeze({ lang: 'vi', colorNames: colorNames('vi') });

export function exportTranslator(options: ExportOptions): Translate {
  return translator(options.lang);
}

/** An annotation with where it anchors now in the article plain text (null = orphan). */
export interface AnchoredNote {
  annotation: Annotation;
  range: TextRange | null;
  /** Made by the reader but not in storage (a failed or pending write, a typed draft): marked so in the file. */
  unsaved?: boolean;
}

/** One article with its notes, for the "all notes" exports. */
export interface ExportEntry {
  article: ExportArticle;
  notes: readonly AnchoredNote[];
}

/** Anchored notes in document order (start, end, created, id); orphans in creation order. */
export function splitByOrder(notes: readonly AnchoredNote[]): {
  anchored: (AnchoredNote & { range: TextRange })[];
  orphans: AnchoredNote[];
} {
  const anchored = notes
    .filter((n): n is AnchoredNote & { range: TextRange } => n.range !== null)
    .sort(
      (a, b) =>
        a.range.start - b.range.start ||
        a.range.end - b.range.end ||
        a.annotation.created.localeCompare(b.annotation.created) ||
        a.annotation.id.localeCompare(b.annotation.id),
    );
  const orphans = notes
    .filter((n) => n.range === null)
    .sort((a, b) => a.annotation.created.localeCompare(b.annotation.created) || a.annotation.id.localeCompare(b.annotation.id));
  return { anchored, orphans };
}

export interface PlacedEntity {
  entity: Entity;
  start: number;
  end: number;
}

/** Entities with their plain-text ranges. */
export function placeEntities(article: Article): PlacedEntity[] {
  const { blockStarts } = toPlainText(article.blocks);
  return article.entities.flatMap((entity) => {
    const base = blockStarts[entity.block];
    return base === undefined ? [] : [{ entity, start: base + entity.start, end: base + entity.end }];
  });
}

/** Officials (deduplicated by name, document order) and figures whose range overlaps `range`. */
export function entitiesIn(
  placed: readonly PlacedEntity[],
  range: TextRange,
): { officials: Entity[]; figures: Entity[] } {
  const overlapping = placed
    .filter((p) => p.start < range.end && p.end > range.start)
    .sort((a, b) => a.start - b.start)
    .map((p) => p.entity);
  const seen = new Set<string>();
  const officials = overlapping.filter((e) => {
    if (e.type !== 'official') return false;
    const key = e.name ?? e.text;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { officials, figures: overlapping.filter((e) => e.type === 'figure') };
}
