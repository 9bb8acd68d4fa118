/** The app's routes from a path: no React, so the boot script can tell them apart too. */
export type Route =
  | { name: 'library' }
  | { name: 'article'; id: string }
  | { name: 'notes' }
  | { name: 'people' }
  | { name: 'person'; slug: string }
  | { name: 'not-found'; path: string };

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'library' };
  if (path === '/notes') return { name: 'notes' };
  if (path === '/people') return { name: 'people' };
  const person = /^\/people\/([a-z0-9-]+)$/.exec(path);
  if (person) return { name: 'person', slug: person[1]! };
  const m = /^\/a\/([a-z0-9-]+)$/.exec(path);
  if (m) return { name: 'article', id: m[1]! };
  return { name: 'not-found', path };
}
