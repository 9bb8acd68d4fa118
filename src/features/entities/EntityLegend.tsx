import { ENTITY_TYPES, type Article } from '../../domain/article/types';
import { useSetSidePanel, useSidePanel, useToggleType, useVisibleTypes } from '../../stores/store';
import { useT } from '../../lib/i18n';
import { entityModel } from './model';
import './entities.css';

/**
 * The five entity types, each with a swatch drawn in its real highlight style, how many mentions it
 * has, and a toggle that hides or shows its highlights (remembered across reloads). On narrow
 * screens it also holds the "Trong bài này" button that opens the panel.
 */
export function EntityLegend({ article }: { article: Article }) {
  const t = useT();
  const visible = useVisibleTypes();
  const toggle = useToggleType();
  const sidePanel = useSidePanel();
  const setSidePanel = useSetSidePanel();
  if (article.entities.length === 0) return null;
  const { mentionCounts } = entityModel(article);
  return (
    <div className="ent-legend" role="group" aria-label={t('entity.legend')}>
      <ul className="ent-legend-list">
        {ENTITY_TYPES.map((type) => (
          <li key={type}>
            <button
              type="button"
              className="ent-toggle"
              aria-pressed={visible[type]}
              title={t('entity.toggle', { shown: visible[type], type: t(`entity.type.${type}`) })}
              onClick={() => toggle(type)}
            >
              <span className="ent-swatch" data-type={type} aria-hidden="true">
                Aa
              </span>
              <span className="ent-toggle-label">{t(`entity.type.${type}`)}</span>
              <span className="ent-toggle-count">
                {mentionCounts[type]}
                <span className="sr-only">{t('entity.places')}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="ent-panel-toggle button"
        aria-haspopup="dialog"
        aria-expanded={sidePanel === 'entities'}
        onClick={() => setSidePanel(sidePanel === 'entities' ? null : 'entities')}
      >
        {t('entity.inArticle')}
      </button>
    </div>
  );
}
