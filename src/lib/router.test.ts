import { describe, expect, it } from 'vitest';
import { parseRoute } from './router';

describe('parseRoute', () => {
  it.each([
    ['/', { name: 'library' }],
    ['/notes', { name: 'notes' }],
    ['/people', { name: 'people' }],
    ['/people/', { name: 'people' }],
    ['/people/nguyen-xuan-phuc', { name: 'person', slug: 'nguyen-xuan-phuc' }],
    ['/people/nguyen-van-tung--hai-phong', { name: 'person', slug: 'nguyen-van-tung--hai-phong' }],
    ['/people/Nguyễn', { name: 'not-found', path: '/people/Nguyễn' }],
    ['/a/some-id', { name: 'article', id: 'some-id' }],
  ])('%s → %j', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
  });
});
