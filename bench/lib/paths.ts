/** Where the bench builds, what it serves, and the sizes of its generated inputs. */
import { join, resolve } from 'node:path';
import { LARGE_ID } from './fixtures';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'bench', '.fixtures');
export const DIST = join(FIXTURES, 'dist');
export const SSR = join(FIXTURES, 'dist-ssr');
export const RESULTS = join(ROOT, 'bench', 'results.json');
export const SEED = 'chu-trong-cong-tac-danh-gia-chat-luong-to-chuc-co-so-dang-mot-cach-thuc-chat';
export { LARGE_ID };
export const LARGE_SPA_ID = `${LARGE_ID}-spa`;
/** The styled static twin: same stylesheet and font preloads as Margin, no script. */
export const STATIC_PATH = `/static/a/${SEED}/`;
/** The bare page: the article's HTML only — no stylesheet, no font, no script (the floor). */
export const BARE_PATH = `/bare/a/${SEED}/`;
export const LARGE_CHARS = 200_000;
export const LARGE_HIGHLIGHTS = 1_000;
export const STORE_ARTICLES = 100;
export const STORE_PER_ARTICLE = 100;
