import type { HighlightColor } from '../domain/notes/annotation';

/** Vietnamese colour names: "Tô vàng", "Tô xanh lá", … */
export const COLOR_NAMES: Record<HighlightColor, string> = {
  yellow: 'vàng',
  green: 'xanh lá',
  blue: 'xanh dương',
  pink: 'hồng',
  purple: 'tím',
};
