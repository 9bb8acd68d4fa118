import { currentT } from './i18n';

/** What is being loaded, named in the message (`load.what.<key>` in the catalogue). */
export type LoadWhat = 'article' | 'index' | 'libraryPage' | 'people' | 'person';

/** "Dữ liệu danh sách bài viết bị hỏng: …" in the language in use (a validation failure after loading). */
export function damaged(what: LoadWhat, detail: string): LoadError {
  const t = currentT();
  return new LoadError('invalid', t('load.damaged', { what: t(`load.what.${what}`), detail }));
}

/** A load failure the error view can explain to a reader. */
export class LoadError extends Error {
  constructor(
    readonly kind: 'not-found' | 'network' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

/** Fetches JSON; an HTML fallback page (SPA servers answer unknown paths with index.html) counts as missing. */
export async function fetchJson(url: string, whatKey: LoadWhat): Promise<unknown> {
  const t = currentT();
  const what = t(`load.what.${whatKey}`);
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new LoadError('network', t('load.offline', { what }));
  }
  const type = response.headers.get('content-type') ?? '';
  if (response.status === 404 || type.includes('text/html')) {
    throw new LoadError('not-found', t('load.notFound', { what }));
  }
  if (!response.ok) throw new LoadError('network', t('load.status', { what, status: String(response.status) }));
  const body = await response.text();
  try {
    return JSON.parse(body) as unknown;
  } catch (e) {
    throw new LoadError('invalid', t('load.badJson', { what, detail: (e as Error).message }));
  }
}
