import type { QueryClient } from '@tanstack/react-query';
import { toPlainText } from '../../../domain/article/plainText';
import type { Annotation } from '../../../domain/notes/annotation';
import { DEFAULT_IMPORT_LIMITS, parseJson } from '../../../domain/notes/importJson';
import type { OwnRecord } from '../../../domain/own/record';
import { planArticles, readImportedArticles } from '../../../domain/own/transfer';
import { parseImport } from '../../../domain/notes/importPlan';
import { queryKeys } from '../../../lib/queryKeys';
// The storage module is loaded, never imported: the import dialog could not be retried after it failed to load.
import { loadStorage } from '../../../annotations/storageClient';
import { annotationKey } from '../../../storage/db';
import type { Lang } from '../../../domain/i18n/languages';
import { translator } from '../../../domain/i18n/t';
import { storageErrorText } from '../../../lib/i18n';
import { allAnnotationsQueryOptions } from '../../../annotations';
import { indexQueryOptions } from '../../../articles/getIndex';
import { articleQueryOptions } from '../../../articles/getArticle';
import { checkImportFile, describeImportError, reviewPlan, type ImportProblem, type ReviewedPlan } from '../importText';
import { looksLikeCsv } from '../../../domain/notes/csvRead';
import type { ColorNames } from '../../../domain/notes/colorNames';
import { csvAsJson } from './csvImport';

/**
 * An import, in two steps the dialog shows in between: `prepareImport` checks the size, reads the
 * text and lets the planner validate the whole file against the notes stored now (nothing is
 * written); `commitImport` writes the plan's new and newer notes all or nothing, in one transaction.
 * Loaded lazily with the import dialog.
 */
export type Prepared = { ok: true; reviewed: ReviewedPlan } | { ok: false; problem: ImportProblem };

async function readText(file: File): Promise<string> {
  // Blob.text() decodes UTF-8 (a BOM is dropped; the planner also strips one).
  return file.text();
}

/** Article plain texts the file may refer to (a known id appearing as a JSON string in it), to convert positions exactly. */
async function referencedTexts(client: QueryClient, text: string, known: ReadonlySet<string>): Promise<Map<string, string>> {
  const ids = [...known].filter((id) => text.includes(JSON.stringify(id)));
  const texts = new Map<string, string>();
  await Promise.all(
    ids.map(async (id) => {
      try {
        const article = await client.fetchQuery(articleQueryOptions(id));
        texts.set(id, toPlainText(article.blocks).text);
      } catch {
        // Without the text, positions are kept as they are in the file (exact unless it has emoji and the like).
      }
    }),
  );
  return texts;
}

export async function prepareImport(client: QueryClient, file: File, lang: Lang, names: ColorNames): Promise<Prepared> {
  const t = translator(lang);
  const tooBig = checkImportFile(lang, file);
  if (tooBig) return { ok: false, problem: tooBig };

  let text: string;
  try {
    text = await readText(file);
  } catch (e) {
    return { ok: false, problem: { message: t('import.unreadableFile', { file: file.name }), detail: String(e) } };
  }

  // A CSV (Margin's or Readwise's columns) is read as the equivalent JSON, below.
  const csv = /\.csv$/i.test(file.name) || looksLikeCsv(text);
  // The reader's own articles in a Margin export: all valid, or nothing is imported.
  const parsed = csv ? null : parseJson(text.replace(/^\uFEFF/, ''));
  const ownInFile = parsed?.ok ? readImportedArticles(parsed.value) : ({ ok: true, records: [] } as const);
  if (!ownInFile.ok) {
    return { ok: false, problem: { message: t('import.badOwn'), detail: ownInFile.error } };
  }
  let ownStored: OwnRecord[] = [];
  if (ownInFile.records.length > 0 || csv) {
    try {
      const { ownArticles } = await import('../../../storage/ownArticles');
      ownStored = (await ownArticles().list()).records;
    } catch (e) {
      return { ok: false, problem: { message: storageErrorText(t, e), detail: String(e) } };
    }
  }
  const articles = planArticles(ownInFile.records, new Map(ownStored.map((r) => [r.article.id, r])));

  let known: Set<string>;
  let titles: { id: string; title: string }[];
  try {
    const index = await client.fetchQuery(indexQueryOptions());
    titles = [...index.articles, ...ownStored.map((r) => r.article)];
    known = new Set([...index.articles.map((a) => a.id), ...ownStored.map((r) => r.article.id), ...articles.add.map((r) => r.article.id)]);
  } catch (e) {
    return {
      ok: false,
      problem: { message: t('import.noIndex'), detail: e instanceof Error ? e.message : String(e) },
    };
  }

  let stored: Awaited<ReturnType<typeof readStored>>;
  try {
    stored = await readStored(client);
  } catch (e) {
    return {
      ok: false,
      problem: { message: storageErrorText(t, e), detail: e instanceof Error ? e.message : String(e) },
    };
  }

  if (csv) {
    // After reading the store: a row for a note already here (same article, place and quote) updates it.
    const converted = await csvAsJson(text, titles, names, (json) => referencedTexts(client, json, known), [...stored.existing.values()]);
    if (!converted.ok) return { ok: false, problem: describeImportError(lang, converted.error) };
    text = converted.json;
  }

  const texts = await referencedTexts(client, text, known);
  for (const r of articles.add) texts.set(r.article.id, toPlainText(r.article.blocks).text);
  // No `now`: notes without dates get the epoch, so importing the same file twice plans no change.
  const result = parseImport(text, known, stored.existing, DEFAULT_IMPORT_LIMITS, { plainTextOf: (id) => texts.get(id) });
  if (!result.ok) return { ok: false, problem: describeImportError(lang, result.error) };
  const reviewed = reviewPlan(result.plan, (a) => stored.unreadableKeys.has(annotationKey(a.target.source, a.id)));
  return { ok: true, reviewed: articles.add.length > 0 ? { ...reviewed, articles: articles.add } : reviewed };
}

/** The notes stored now (a fresh read, not the cache: the plan compares against what is really there). */
async function readStored(client: QueryClient): Promise<{ existing: Map<string, Annotation>; unreadableKeys: Set<string> }> {
  const read = await client.fetchQuery({ ...allAnnotationsQueryOptions(), staleTime: 0 });
  return {
    existing: new Map(read.annotations.map((a) => [a.id, a])),
    unreadableKeys: new Set(read.unreadable.map((u) => u.key)),
  };
}

export type Committed = { ok: true; written: number } | { ok: false; problem: ImportProblem };

export async function commitImport(client: QueryClient, reviewed: ReviewedPlan, lang: Lang): Promise<Committed> {
  const articles = reviewed.articles ?? [];
  if (reviewed.writes.length === 0 && articles.length === 0) return { ok: true, written: 0 };
  const own = articles.length > 0 ? (await import('../../../storage/ownArticles')).ownArticles() : null;
  try {
    // Articles first (notes on them need them), in one transaction; if the notes then fail, the
    // articles just added are taken out again: all or nothing.
    if (own) await own.putMany(articles);
    try {
      if (reviewed.writes.length > 0) await (await loadStorage()).putAnnotations(reviewed.writes, { kind: 'import' });
    } catch (e) {
      if (own) await own.remove(articles.map((r) => r.article.id), 'keep').catch(() => undefined);
      throw e;
    }
  } catch (e) {
    return {
      ok: false,
      problem: {
        message: translator(lang)('import.storageFailed', { reason: storageErrorText(translator(lang), e) }),
        detail: e instanceof Error ? e.message : String(e),
      },
    };
  } finally {
    // Whatever happened, what is stored is what the screens should show.
    await client.invalidateQueries({ queryKey: queryKeys.annotations.all });
    if (own) await client.invalidateQueries({ queryKey: queryKeys.own.all });
  }
  return { ok: true, written: reviewed.writes.length };
}
