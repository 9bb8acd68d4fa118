/** A span to paint over block text: an entity mention, a reader's highlight, a flash. */
export interface Span {
  id: string;
  start: number;
  end: number;
}

/** A run of text covered by the same set of spans; `spans` lists ids in the order given. */
export interface Segment {
  start: number;
  end: number;
  spans: string[];
}

/**
 * Cuts [0, length) at every span boundary so nested and crossing spans both show and the text
 * itself is never duplicated or reordered. O((n + b) log b) for n spans and b boundaries.
 */
export function segment(length: number, spans: readonly Span[]): Segment[] {
  if (length <= 0) return [];
  const cuts = new Set<number>([0, length]);
  for (const s of spans) {
    if (s.end <= s.start) continue;
    cuts.add(Math.max(0, Math.min(length, s.start)));
    cuts.add(Math.max(0, Math.min(length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) segments.push({ start: points[i]!, end: points[i + 1]!, spans: [] });

  const indexOf = new Map<number, number>();
  points.forEach((p, i) => indexOf.set(p, i));
  spans.forEach((s) => {
    if (s.end <= s.start) return;
    const from = indexOf.get(Math.max(0, Math.min(length, s.start)))!;
    const to = indexOf.get(Math.max(0, Math.min(length, s.end)))!;
    for (let i = from; i < to; i++) segments[i]!.spans.push(s.id);
  });
  return segments;
}

/** Groups spans given in plain-text offsets by the block they fall in, clipped to each block. */
export function spansByBlock(
  blockStarts: readonly number[],
  blockLengths: readonly number[],
  spans: readonly Span[],
): Span[][] {
  const out: Span[][] = blockStarts.map(() => []);
  for (const s of spans) {
    for (let b = firstBlockAtOrAfter(blockStarts, blockLengths, s.start); b < blockStarts.length; b++) {
      const from = blockStarts[b]!;
      if (from >= s.end) break;
      const to = from + blockLengths[b]!;
      const start = Math.max(s.start, from) - from;
      const end = Math.min(s.end, to) - from;
      if (end > start) out[b]!.push({ id: s.id, start, end });
    }
  }
  return out;
}

function firstBlockAtOrAfter(starts: readonly number[], lengths: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! + lengths[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
