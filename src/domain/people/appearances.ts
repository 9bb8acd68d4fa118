import type { Article, Entity } from '../article/types';
import { sentenceStarts } from '../ingest/sentences';
import { foldVietnamese } from '../search/fold';
import { placesIn } from './places';

/** One person-name in one article. */
export interface Appearance {
  name: string;
  articleId: string;
  title: string;
  published: string | null;
  source: string | null;
  /** Distinct roles given in the article, a role contained in a longer one dropped ("Bộ trưởng" ⊂ "Bộ trưởng Bộ Tài chính"). */
  roles: string[];
  places: string[];
  sentence: string;
}

const MAX_SENTENCE = 320;

export function foldRole(role: string): string {
  return ` ${foldVietnamese(role).replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

/** Roles with any role whose words appear inside a longer one removed; first spelling kept. */
export function mostSpecificRoles(roles: readonly string[]): string[] {
  const distinct = new Map<string, string>();
  for (const r of roles) if (!distinct.has(foldRole(r))) distinct.set(foldRole(r), r);
  const keys = [...distinct.keys()];
  return keys.filter((k) => !keys.some((o) => o !== k && o.includes(k))).map((k) => distinct.get(k)!);
}

/** The sentence of a block that holds the mention, cut to a readable length around it. */
export function sentenceOf(text: string, at: number): string {
  const starts = sentenceStarts(text);
  let from = 0;
  let to = text.length;
  for (const s of starts) {
    if (s <= at) from = s;
    else {
      to = s;
      break;
    }
  }
  const sentence = text.slice(from, to).trim();
  if (sentence.length <= MAX_SENTENCE) return sentence;
  const offset = Math.max(0, Math.min(at - from - MAX_SENTENCE / 3, sentence.length - MAX_SENTENCE));
  return `${offset > 0 ? '…' : ''}${sentence.slice(offset, offset + MAX_SENTENCE).trim()}…`;
}

/** Every official named in an article, one appearance per full name. */
export function appearancesIn(article: Article): Appearance[] {
  const byName = new Map<string, Entity[]>();
  for (const e of article.entities) {
    if (e.type !== 'official') continue;
    const name = (e.name ?? e.text).normalize('NFC').trim();
    if (!name) continue;
    const list = byName.get(name) ?? [];
    list.push(e);
    byName.set(name, list);
  }
  const out: Appearance[] = [];
  for (const [name, mentions] of byName) {
    const roles = mostSpecificRoles(mentions.map((m) => m.role ?? '').filter((r) => r.trim() !== ''));
    // The sentence of the first mention that carries a role says best who they are.
    const shown = mentions.find((m) => m.role) ?? mentions[0]!;
    const block = article.blocks[shown.block];
    out.push({
      name,
      articleId: article.id,
      title: article.title,
      published: article.published,
      source: article.source,
      roles,
      places: [...new Set(roles.flatMap(placesIn))].sort(),
      sentence: block ? sentenceOf(block.text, shown.start) : shown.text,
    });
  }
  return out;
}
