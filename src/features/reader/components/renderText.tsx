import type { ReactNode } from 'react';
import { segment } from '../../../domain/segments/segments';
import type { BlockPaint } from '../../../dom/paint';

/** A text with paints over it: plain strings and one span (or mark) per covered segment. */
export function renderText(text: string, paints: readonly BlockPaint[]): ReactNode[] {
  if (paints.length === 0) return [text];
  const byId = new Map(paints.map((p) => [p.id, p]));
  return segment(text.length, paints).map((seg) => {
    const slice = text.slice(seg.start, seg.end);
    if (seg.spans.length === 0) return slice;
    const covering = seg.spans.map((id) => byId.get(id)!);
    const data: Record<string, string> = {};
    for (const p of covering) {
      for (const [k, v] of Object.entries(p.data ?? {})) data[`data-${k}`] = data[`data-${k}`] ? `${data[`data-${k}`]} ${v}` : v;
    }
    const className = covering.map((p) => p.className).join(' ');
    const Tag = covering.some((p) => p.mark) ? 'mark' : 'span';
    const lead = Object.assign({}, ...covering.filter((p) => p.lead && p.start === seg.start).map((p) => p.lead));
    return (
      <Tag key={seg.start} className={className} {...data} {...lead}>
        {slice}
      </Tag>
    );
  });
}
