import { useEffect, useRef, useState } from 'react';
import type { ArticleSource, ArticleSummary } from '../../../common/article';
import { errorMessage } from '../../api';
import { TrashIcon } from '../../components/icons';
import type { MessageKey } from '../../i18n/th';
import { useLanguage, useT } from '../../i18n/useT';
import { formatSize } from './format';

const sourceNames: { readonly [S in ArticleSource]: MessageKey } = {
  bundled: 'sourceBundled',
  text: 'sourceText',
  html: 'sourceHtml',
  dump: 'sourceDump',
};

/**
 * One article of the library: a button that opens it (title, source, size,
 * date added) and, for an imported one, a remove button that asks first —
 * a removed article cannot be undone, only imported again from its file.
 */
export function LibraryArticle({
  article,
  current,
  formatDate,
  onOpen,
  onRemove,
}: {
  article: ArticleSummary;
  /** The article the reader shows. */
  current: boolean;
  formatDate: (iso: string) => string;
  onOpen: (articleId: string) => void;
  /** Resolves once removed; a rejection is shown in the row. */
  onRemove: (article: ArticleSummary) => Promise<void>;
}) {
  const t = useT();
  const language = useLanguage();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  // Asking moves focus to the safe answer; the answer given brings it back to the remove button.
  useEffect(() => {
    if (confirming) keepButton.current?.focus();
    else if (asked.current) removeButton.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  const remove = () => {
    setBusy(true);
    onRemove(article).then(
      () => setBusy(false),
      (error: unknown) => {
        setBusy(false);
        setConfirming(false);
        setFailure(errorMessage(error));
      },
    );
  };

  const title = <bdi>{article.title}</bdi>;
  return (
    <li className="library-article" data-source={article.source}>
      <div className="library-article__row">
        <button
          type="button"
          className="library-article__open"
          aria-current={current ? 'true' : undefined}
          onClick={() => onOpen(article.id)}
        >
          <span className="library-article__title" lang={article.lang}>
            {title}
          </span>
          <span className="library-article__meta">
            <span className="library-article__source">{t(sourceNames[article.source])}</span>
            <span className="library-article__size">{formatSize(article.size, language)}</span>
            <time className="library-article__date" dateTime={article.addedAt}>
              {t('articleAdded', { date: formatDate(article.addedAt) })}
            </time>
          </span>
        </button>
        {article.source !== 'bundled' && !confirming && (
          <button
            ref={removeButton}
            type="button"
            className="icon-button library-article__remove"
            aria-label={t('articleRemove', { title: article.title })}
            title={t('articleRemove', { title: article.title })}
            onClick={() => {
              setFailure(null);
              setConfirming(true);
            }}
          >
            <TrashIcon />
          </button>
        )}
      </div>
      {confirming && (
        <div
          className="library-article__confirm"
          role="group"
          aria-label={t('articleRemove', { title: article.title })}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            // Escape takes back the question, not the whole panel.
            event.preventDefault();
            setConfirming(false);
          }}
        >
          <p className="library-article__question">{t('articleRemoveQuestion')}</p>
          <div className="library-article__answers">
            <button type="button" className="button button--small button--danger" disabled={busy} onClick={remove}>
              {t('articleRemoveConfirm')}
            </button>
            <button
              ref={keepButton}
              type="button"
              className="button button--quiet button--small"
              disabled={busy}
              onClick={() => setConfirming(false)}
            >
              {t('articleRemoveCancel')}
            </button>
          </div>
        </div>
      )}
      {failure && (
        <p className="library-article__error" role="alert">
          {t('articleRemoveFailed')}: {failure}
        </p>
      )}
    </li>
  );
}
