/** A record in the old v1 (flat, pre-W3C draft) shape — see domain/notes/migrations.ts. Test-only. */
export function v1Record(articleId: string, id: string): Record<string, unknown> {
  return {
    v: 1,
    id,
    articleId,
    start: 10,
    end: 19,
    quote: 'Thủ tướng',
    color: 'yellow',
    note: id.endsWith('0') ? 'Ghi chú cũ' : null,
    createdAt: 1714979289000,
  };
}
