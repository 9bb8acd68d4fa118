/**
 * Scoring against gold labels (content/GUIDELINE.md): distinct entities per type after NFC and
 * trimming. Officials match on name (role accuracy is scored separately over matched officials);
 * organisations and documents on equal text; figures and dates when one span contains the other and
 * both carry the same digits ("hơn 1.200 hộ dân" ~ "1.200 hộ dân"), one-to-one.
 */
import type { Entity, EntityType } from '../article/types';
import { digitsOf } from './numbers';

export interface GoldOfficial {
  name: string;
  role: string | null;
}

export interface GoldLabels {
  officials: GoldOfficial[];
  organizations: string[];
  figures: string[];
  dates: string[];
  documents: string[];
}

export const SCORED_TYPES: readonly EntityType[] = ['official', 'organization', 'figure', 'date', 'document'];

const FIELD: Record<Exclude<EntityType, 'official'>, keyof Omit<GoldLabels, 'officials'>> = {
  organization: 'organizations',
  figure: 'figures',
  date: 'dates',
  document: 'documents',
};

export function norm(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function distinct(values: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const v of values) {
    const n = norm(v);
    if (n) seen.add(n);
  }
  return [...seen];
}

/** Distinct labels from extracted entities: each person once, with the role of the first mention. */
export function labelsFromEntities(entities: readonly Entity[]): GoldLabels {
  const sorted = [...entities].sort((a, b) => a.block - b.block || a.start - b.start);
  const officials = new Map<string, GoldOfficial>();
  for (const e of sorted) {
    if (e.type !== 'official') continue;
    const name = norm(e.name ?? e.text);
    if (!officials.has(name)) officials.set(name, { name, role: e.role == null ? null : norm(e.role) });
  }
  const of = (t: EntityType) => distinct(sorted.filter((e) => e.type === t).map((e) => e.text));
  return {
    officials: [...officials.values()],
    organizations: of('organization'),
    figures: of('figure'),
    dates: of('date'),
    documents: of('document'),
  };
}

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  /** Gold entities not found. */
  missed: string[];
  /** Extracted entities not in the gold. */
  spurious: string[];
}

export interface RoleScore {
  matched: number;
  correct: number;
  wrong: { name: string; gold: string | null; got: string | null }[];
}

export interface ArticleScore {
  types: Record<EntityType, TypeScore>;
  roles: RoleScore;
}

/** One-to-one maximum matching (augmenting paths; the sets are small). */
function maxMatching(gold: readonly string[], pred: readonly string[], ok: (g: string, p: string) => boolean): Int32Array {
  const matchOfPred = new Int32Array(pred.length).fill(-1);
  const adj = gold.map((g) => pred.map((p, j) => (ok(g, p) ? j : -1)).filter((j) => j >= 0));
  const tryAssign = (g: number, seen: Uint8Array): boolean => {
    for (const p of adj[g]!) {
      if (seen[p]) continue;
      seen[p] = 1;
      if (matchOfPred[p] === -1 || tryAssign(matchOfPred[p]!, seen)) {
        matchOfPred[p] = g;
        return true;
      }
    }
    return false;
  };
  // Exact matches first so that containment never steals an exact partner.
  const order = gold.map((_, g) => g).sort((a, b) => Number(pred.includes(gold[b]!)) - Number(pred.includes(gold[a]!)));
  for (const g of order) tryAssign(g, new Uint8Array(pred.length));
  return matchOfPred;
}

export function spanMatch(g: string, p: string): boolean {
  if (!(g.includes(p) || p.includes(g))) return false;
  return digitsOf(g) === digitsOf(p);
}

function scoreSet(gold: readonly string[], pred: readonly string[], ok: (g: string, p: string) => boolean): TypeScore {
  const m = maxMatching(gold, pred, ok);
  const goldHit = new Uint8Array(gold.length);
  const spurious: string[] = [];
  m.forEach((g, p) => {
    if (g >= 0) goldHit[g] = 1;
    else spurious.push(pred[p]!);
  });
  const missed = gold.filter((_, g) => !goldHit[g]);
  const tp = gold.length - missed.length;
  return { tp, fp: spurious.length, fn: missed.length, missed, spurious };
}

export function scoreArticle(goldRaw: GoldLabels, predRaw: GoldLabels): ArticleScore {
  const goldNames = distinct(goldRaw.officials.map((o) => o.name));
  const predNames = distinct(predRaw.officials.map((o) => o.name));
  const types = {
    official: scoreSet(goldNames, predNames, (g, p) => g === p),
  } as Record<EntityType, TypeScore>;
  for (const t of ['organization', 'document'] as const) {
    types[t] = scoreSet(distinct(goldRaw[FIELD[t]]), distinct(predRaw[FIELD[t]]), (g, p) => g === p);
  }
  for (const t of ['figure', 'date'] as const) {
    types[t] = scoreSet(distinct(goldRaw[FIELD[t]]), distinct(predRaw[FIELD[t]]), spanMatch);
  }
  const roles: RoleScore = { matched: 0, correct: 0, wrong: [] };
  const predRole = new Map(predRaw.officials.map((o) => [norm(o.name), o.role == null ? null : norm(o.role)]));
  for (const g of goldRaw.officials) {
    const name = norm(g.name);
    if (!predRole.has(name)) continue;
    roles.matched++;
    const got = predRole.get(name) ?? null;
    const want = g.role == null ? null : norm(g.role);
    if (got === want) roles.correct++;
    else roles.wrong.push({ name, gold: want, got });
  }
  return { types, roles };
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export interface Summary {
  perType: Record<EntityType, Prf>;
  overall: Prf;
  roleAccuracy: number;
  roles: { matched: number; correct: number };
}

/** Micro-averaged totals over articles. */
export function summarize(scores: readonly ArticleScore[]): Summary {
  const perType = {} as Record<EntityType, Prf>;
  let TP = 0;
  let FP = 0;
  let FN = 0;
  for (const t of SCORED_TYPES) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const s of scores) {
      tp += s.types[t].tp;
      fp += s.types[t].fp;
      fn += s.types[t].fn;
    }
    perType[t] = prf(tp, fp, fn);
    TP += tp;
    FP += fp;
    FN += fn;
  }
  const matched = scores.reduce((n, s) => n + s.roles.matched, 0);
  const correct = scores.reduce((n, s) => n + s.roles.correct, 0);
  return { perType, overall: prf(TP, FP, FN), roleAccuracy: matched === 0 ? 1 : correct / matched, roles: { matched, correct } };
}
