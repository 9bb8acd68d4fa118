/** A record in the old (v1, flat draft) shape, as the migrations module understands it. Test-only. */
export function v1Record(articleId: string, id: string): Record<string, unknown> {
  return {
    v: 1,
    id,
    articleId,
    exact: 'Thủ tướng',
    start: 10,
    end: 19,
    color: 'yellow',
    created: '2024-05-06T07:08:09.000Z',
    modified: '2024-05-06T07:08:09.000Z',
  };
}
