import { memo, type ReactNode } from 'react';
import type { Block } from '../../../domain/article/types';
import { segment } from '../../../domain/segments/segments';
import { signature, type BlockPaint } from '../../../dom/paint';

interface Props {
  index: number;
  block: Block;
  paints: readonly BlockPaint[];
}

function renderText(text: string, paints: readonly BlockPaint[]): ReactNode[] {
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

function BlockViewInner({ index, block, paints }: Props) {
  const content = renderText(block.text, paints);
  switch (block.type) {
    case 'heading':
      return (
        <h2 className="block heading" data-block={index}>
          {content}
        </h2>
      );
    case 'caption':
      return (
        <figure className="block caption">
          <figcaption data-block={index}>{content}</figcaption>
        </figure>
      );
    default:
      return (
        <p className="block paragraph" data-block={index}>
          {content}
        </p>
      );
  }
}

/** Re-renders a block only when its text or what is painted on it changed. */
export const BlockView = memo(
  BlockViewInner,
  (a, b) => a.index === b.index && a.block === b.block && signature(a.paints) === signature(b.paints),
);
