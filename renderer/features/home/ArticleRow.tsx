import { memo } from 'react';
import type { ArticleSource } from '../../../common/article';
import type { CatalogEntry } from '../../../common/catalog';
import { TrashIcon } from '../../components/icons';
import type { MessageKey } from '../../i18n/th';
import { useLanguage, useT } from '../../i18n/useT';
import { formatPercent, formatSize } from '../library/format';

export const sourceNames: { readonly [S in ArticleSource]: MessageKey } = {
  bundled: 'sourceBundled',
  text: 'sourceText',
  html: 'sourceHtml',
  dump: 'sourceDump',
};

/** How far the reader got, as a thin bar and words ("read 40%"); nothing drawn for an article never opened. */
export function ReadProgress({ progress }: { progress: number | null }) {
  const t = useT();
  const language = useLanguage();
  if (progress === null) return <span className="home-progress home-progress--unread">{t('articleUnread')}</span>;
  return (
    <span className="home-progress">
      <span className="home-progress__bar" aria-hidden="true">
        <span className="home-progress__fill" style={{ inlineSize: `${Math.round(progress * 100)}%` }} />
      </span>
      {t('articleReadProgress', { percent: formatPercent(progress, language) })}
    </span>
  );
}

/**
 * One row of the home list, drawn at its place in the list (`top`): a button
 * that opens the article (its title and details are its name, so a screen
 * reader hears them all) and, for an imported article, a remove button. Only
 * the list's active row is in the Tab order (a roving tabindex).
 */
export const ArticleRow = memo(function ArticleRow({
  entry,
  index,
  count,
  top,
  active,
  formatDate,
  onOpen,
  onRemove,
  onFocusRow,
}: {
  entry: CatalogEntry;
  index: number;
  count: number;
  top: number;
  active: boolean;
  formatDate: (iso: string) => string;
  onOpen: (entry: CatalogEntry) => void;
  onRemove: (entry: CatalogEntry, index: number) => void;
  onFocusRow: (index: number) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const tabIndex = active ? 0 : -1;
  return (
    <li
      className="home-row"
      data-index={index}
      data-source={entry.source}
      aria-setsize={count}
      aria-posinset={index + 1}
      style={{ transform: `translateY(${top}px)` }}
      onFocus={() => onFocusRow(index)}
    >
      <button type="button" className="home-row__open" tabIndex={tabIndex} onClick={() => onOpen(entry)}>
        <span className="home-row__title" lang={entry.lang}>
          <bdi>{entry.title}</bdi>
        </span>
        <span className="home-row__meta">
          <span className="home-row__source">{t(sourceNames[entry.source])}</span>
          <span className="home-row__size">{formatSize(entry.size, language)}</span>
          <time className="home-row__date" dateTime={entry.addedAt}>
            {t('articleAdded', { date: formatDate(entry.addedAt) })}
          </time>
          <ReadProgress progress={entry.readProgress} />
        </span>
      </button>
      {entry.source !== 'bundled' && (
        <button
          type="button"
          className="icon-button home-row__remove"
          tabIndex={tabIndex}
          aria-label={t('articleRemove', { title: entry.title })}
          title={t('articleRemove', { title: entry.title })}
          onClick={() => onRemove(entry, index)}
        >
          <TrashIcon />
        </button>
      )}
    </li>
  );
});

/** A row whose page has not come yet: the same height, so the scrollbar and the rows around it stay put. */
export function PlaceholderRow({ index, count, top }: { index: number; count: number; top: number }) {
  const t = useT();
  return (
    <li className="home-row home-row--placeholder" data-index={index} aria-setsize={count} aria-posinset={index + 1} style={{ transform: `translateY(${top}px)` }}>
      <span className="home-row__loading">{t('homeRowLoading')}</span>
    </li>
  );
}
