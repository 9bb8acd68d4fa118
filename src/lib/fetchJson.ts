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
export async function fetchJson(url: string, what: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new LoadError('network', `Không tải được ${what}: không có kết nối mạng.`);
  }
  const type = response.headers.get('content-type') ?? '';
  if (response.status === 404 || type.includes('text/html')) {
    throw new LoadError('not-found', `Không tìm thấy ${what}.`);
  }
  if (!response.ok) throw new LoadError('network', `Không tải được ${what} (mã lỗi ${response.status}).`);
  const body = await response.text();
  try {
    return JSON.parse(body) as unknown;
  } catch (e) {
    throw new LoadError('invalid', `Dữ liệu ${what} bị hỏng: không phải JSON hợp lệ (${(e as Error).message}).`);
  }
}
