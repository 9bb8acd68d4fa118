import { memo } from 'react';
import type { Block } from '../../../domain/article/types';
import { signature, type BlockPaint } from '../../../dom/paint';
import { renderText } from './renderText';

interface Props {
  index: number;
  block: Block;
  paints: readonly BlockPaint[];
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
  (a, b) => a.index === b.index && a.block === b.block && (a.paints === b.paints || signature(a.paints) === signature(b.paints)),
);
