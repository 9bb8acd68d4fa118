import type { Lang } from '../../domain/i18n/languages';
import type { Translate } from '../../domain/i18n/t';
import { sourceName } from '../../domain/own/problems';
import type { SaveError } from '../../workers/prepareOwn';

/** Why nothing was saved, in the interface language, ending with the fact that nothing was. */
export function saveErrorText(e: SaveError, t: Translate, lang: Lang): string {
  let why: string;
  if (e.code === 'storage') why = t('own.save.storage', { message: t(`storage.${e.kind ?? 'unknown'}`) });
  else {
    const source = sourceName(e.source, lang);
    const d = e.error;
    why = d.code === 'no-title' ? t('own.save.noTitle', { source }) : d.code === 'bad-date' ? t('own.save.badDate', { source, date: d.date }) : t('own.save.invalid', { source, detail: d.detail });
  }
  return `${why} ${t('own.save.nothingSaved')}`;
}
