/**
 * Entity extraction for Vietnamese news: officials, organisations, figures, dates and documents.
 * Pure rules over tokens; offsets are UTF-16 offsets into each block's text as given (NFD input is
 * matched on an NFC view and mapped back).
 */
import type { Block, Entity, EntityType } from '../article/types';
import * as contextModule from './context';
import * as dates from './dates';
import * as documents from './documents';
import * as figures from './figures';
import type { TokenSpan } from './organizations';
import * as organizations from './organizations';
import * as people from './people';
import * as textModule from './text';
import { mergeOrgVariants } from './variants';

// Bound once: namespace lookups stay out of the hot loops.
const { BlockCtx, markSoleUnits } = contextModule;
const { findDates } = dates;
const { bodyClosesName, closedParts, findDocuments, hasOpenParts } = documents;
const { findFigures } = figures;
const { addAliasMentions, findAliases, findOrganizations } = organizations;
const { findOfficials } = people;
const { NUM } = textModule;

export { parseViNumber } from './numbers';

/** Spans of `spans` that do not overlap any of `over`. */
function dropCovered(spans: TokenSpan[], over: readonly TokenSpan[]): TokenSpan[] {
  if (over.length === 0) return spans;
  return spans.filter((s) => !over.some((o) => s.i < o.j && o.i < s.j));
}

/** Marks the tokens of `spans` as taken. */
function take(taken: Uint8Array, spans: readonly TokenSpan[]): void {
  for (const s of spans) taken.fill(1, s.i, s.j);
}

function entity(ctx: contextModule.BlockCtx, original: string, block: number, type: EntityType, span: TokenSpan): Entity {
  const [start, end] = ctx.view.toOriginal(ctx.tokens[span.i]!.start, ctx.tokens[span.j - 1]!.end);
  return { type, block, start, end, text: original.slice(start, end) };
}

// Written out rather than spread from entity(): a spread copies through a slow generic path, per mention.
function figure(ctx: contextModule.BlockCtx, original: string, block: number, span: TokenSpan & { value: number }): Entity {
  const [start, end] = ctx.view.toOriginal(ctx.tokens[span.i]!.start, ctx.tokens[span.j - 1]!.end);
  return { type: 'figure', block, start, end, text: original.slice(start, end), value: span.value };
}

function official(ctx: contextModule.BlockCtx, original: string, o: TokenSpan & { block: number; name: string; role: string | null }): Entity {
  const [start, end] = ctx.view.toOriginal(ctx.tokens[o.i]!.start, ctx.tokens[o.j - 1]!.end);
  return { type: 'official', block: o.block, start, end, text: original.slice(start, end), name: o.name, role: o.role };
}

/**
 * "Công ước Liên hợp quốc về Luật Biển (UNCLOS) 1982": a bare year right after a document's short name
 * in brackets is the document's year, no date of the clause.
 */
function takeYearAfterAlias(ctx: contextModule.BlockCtx, taken: Uint8Array, docs: readonly TokenSpan[]): void {
  for (const d of docs) {
    const y = d.j + 1;
    if (d.j - d.i === 1 && ctx.tokens[d.i]!.acr && ctx.isPunct(d.i - 1, '(') && ctx.isPunct(d.j, ')') && ctx.tok(y)?.kind === NUM && /^(19|20)\d\d$/.test(ctx.tokens[y]!.s)) taken[y] = 1;
  }
}

/** Sort rank of a type: compared as constants, not looked up by a string key per comparison. */
function typeRank(t: EntityType): number {
  return t === 'official' ? 0 : t === 'organization' ? 1 : t === 'document' ? 2 : t === 'date' ? 3 : 4;
}

export function extractEntities(blocks: readonly Block[]): Entity[] {
  const ctxs = blocks.map((b) => new BlockCtx(b.text));
  markSoleUnits(ctxs);
  const out: Entity[] = [];
  const docsPerBlock: TokenSpan[][] = ctxs.map((ctx) => findDocuments(ctx));
  // Short names of documents given in brackets ("(EVFTA)") are the document wherever they stand.
  const docAliases = findAliases(ctxs, docsPerBlock.map((ds, b) => ds.filter((d) => !bodyClosesName(ctxs[b]!, d))));
  if (docAliases.length > 0) ctxs.forEach((ctx, b) => (docsPerBlock[b] = addAliasMentions(ctx, docsPerBlock[b]!, docAliases)));
  // A document named by its date and issuer ("Công điện ngày 14/9 của Thủ tướng Chính phủ") leaves both to be marked.
  const closed = (docs: TokenSpan[], kind: 'date' | 'organization'): TokenSpan[] => (hasOpenParts(docs) ? docs.flatMap((d) => closedParts(d, kind)) : docs);
  const orgsPerBlock: TokenSpan[][] = ctxs.map((ctx, b) => dropCovered(findOrganizations(ctx), closed(docsPerBlock[b]!, 'organization')));
  // Short names given in brackets ("(Vinafood 2)") name the body wherever they stand.
  const aliases = findAliases(ctxs, orgsPerBlock);
  if (aliases.length > 0) ctxs.forEach((ctx, b) => (orgsPerBlock[b] = addAliasMentions(ctx, orgsPerBlock[b]!, aliases)));
  ctxs.forEach((ctx, b) => {
    const original = blocks[b]!.text;
    // Documents and organisations first; dates never run into them; figures into none of the three.
    const taken = new Uint8Array(ctx.n + 1);
    const docs = docsPerBlock[b]!;
    const orgs = orgsPerBlock[b]!;
    take(taken, closed(docs, 'date'));
    takeYearAfterAlias(ctx, taken, docs);
    take(taken, orgs);
    const dates = findDates(ctx, taken);
    take(taken, dates);
    const figures = findFigures(ctx, taken);
    for (const s of docs) out.push(entity(ctx, original, b, 'document', s));
    for (const s of orgs) out.push(entity(ctx, original, b, 'organization', s));
    for (const s of dates) out.push(entity(ctx, original, b, 'date', s));
    for (const s of figures) {
      if (s.j <= s.i) continue;
      out.push(figure(ctx, original, b, s));
    }
  });
  for (const o of findOfficials(ctxs, orgsPerBlock)) {
    out.push(official(ctxs[o.block]!, blocks[o.block]!.text, o));
  }
  out.sort((a, b) => a.block - b.block || a.start - b.start || typeRank(a.type) - typeRank(b.type) || a.end - b.end);
  // "Thành ủy TP" and "Thành ủy TPHCM" are one body: organisations carry their fullest spelling as name.
  mergeOrgVariants(out);
  return out;
}
