/** Only web addresses become links: a `javascript:` or `data:` url must never reach an href. */
export const WEB_URL = /^https?:\/\/\S+$/i;

export const isWebUrl = (url: string | null | undefined): url is string => typeof url === 'string' && WEB_URL.test(url);
