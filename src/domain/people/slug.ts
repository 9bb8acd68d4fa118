import { foldVietnamese } from '../search/fold';

/** "Nguyễn Xuân Phúc" → "nguyen-xuan-phuc". */
export function nameSlug(name: string): string {
  return foldVietnamese(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}

/** The name part of a person slug: namesakes are "<name>--<place or n>". */
export function nameOfSlug(slug: string): string {
  return slug.split('--')[0]!;
}
