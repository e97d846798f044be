import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { FoundArticle } from '../../../common/find';
import { SearchIcon } from '../../components/icons';
import { modalClose } from '../../components/modalClose';
import { useLanguage, useT } from '../../i18n/useT';
import { FoundList } from './FoundList';
import { useFoundArticles } from './useFoundArticles';
import './palette.css';

// Generous for any title; keeps a pasted page from becoming one query.
const maxQueryLength = 500;
const noArticles: readonly FoundArticle[] = [];

/**
 * Quick open (Ctrl/Cmd+P, Ctrl/Cmd+O): a modal dialog with a combobox that
 * finds articles by any part of a title or redirect as you type, the ones
 * read lately first (with a blank field, only those). Arrow keys move the
 * active result, Enter opens it (the first when none is active), Escape
 * closes and gives focus back to where it was.
 */
export function QuickOpen({ onOpen, onClose }: { onOpen: (articleId: string) => void; onClose: () => void }) {
  const t = useT();
  const language = useLanguage();
  const titleId = useId();
  const listId = useId();
  const optionId = useCallback((index: number) => `${listId}-option-${index}`, [listId]);
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  // Opening an article sends focus to it; only closing without one gives focus back.
  const restoreFocus = useRef(true);
  const [query, setQuery] = useState('');
  const found = useFoundArticles(query);
  const answer = found.answer;
  const articles = answer?.status === 'ready' ? answer.articles : noArticles;
  // The active option belongs to one answer: a new answer starts with none.
  const [active, setActive] = useState<{ query: string; index: number } | null>(null);
  const activeIndex = active && answer && active.query === answer.query ? active.index : -1;
  // Enter pressed before the query was answered: the first result for that query, once it arrives.
  const enterFor = useRef<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.showModal();
    input.current?.focus();
    return () => {
      element.close();
      if (restoreFocus.current) before?.focus();
    };
  }, []);

  const choose = useCallback(
    (index: number) => {
      const article = articles[index];
      if (!article) return;
      restoreFocus.current = false;
      // Closed before the article opens, so that the page behind is no longer inert and can take focus.
      dialog.current?.close();
      onOpen(article.articleId);
    },
    [articles, onOpen],
  );

  useEffect(() => {
    if (enterFor.current === null || found.pending || answer?.query !== enterFor.current) return;
    enterFor.current = null;
    choose(0);
  }, [answer, found.pending, choose]);

  const move = (by: 1 | -1) => {
    const count = articles.length;
    if (count === 0 || !answer) return;
    const from = activeIndex === -1 ? (by === 1 ? -1 : count) : activeIndex;
    const index = (from + by + count) % count;
    setActive({ query: answer.query, index });
    document.getElementById(optionId(index))?.scrollIntoView({ block: 'nearest' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // The results shown may answer an older query: Enter means the query as typed now.
      if (found.pending) enterFor.current = found.wanted;
      else choose(Math.max(activeIndex, 0));
    }
  };

  const listed = articles.length > 0;
  const blank = found.wanted === '';
  const caption = !answer || answer.status === 'failed' || !listed ? null : blank ? t('paletteRecent') : countText(t, articles.length);
  const message = !answer
    ? null
    : answer.status === 'failed'
      ? t('paletteFailed', { message: answer.message })
      : listed
        ? null
        : answer.query === ''
          ? t('paletteNothingRead')
          : t('paletteNoMatch', { query: answer.query });
  // Said once the query as typed is answered, not for every answer on the way.
  const announcement = found.pending || !answer ? '' : (message ?? caption ?? '');

  return (
    <dialog
      ref={dialog}
      className="panel-surface palette"
      aria-labelledby={titleId}
      lang={language}
      {...modalClose(onClose)}
      onClick={(event) => {
        // A click on the backdrop (outside the card, which is the dialog's own box) closes it.
        if (event.target === event.currentTarget && outside(event.currentTarget, event.clientX, event.clientY)) onClose();
      }}
    >
      <h2 id={titleId} className="visually-hidden">
        {t('paletteTitle')}
      </h2>
      <div className="palette__field">
        <SearchIcon />
        <input
          ref={input}
          className="palette__input"
          type="text"
          role="combobox"
          aria-label={t('paletteField')}
          aria-autocomplete="list"
          aria-expanded={listed}
          aria-controls={listed ? listId : undefined}
          aria-activedescendant={listed && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          placeholder={t('palettePlaceholder')}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="go"
          maxLength={maxQueryLength}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            enterFor.current = null;
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      {caption !== null && (
        <p className="palette__caption" aria-hidden="true">
          {caption}
        </p>
      )}
      {listed && (
        <FoundList
          articles={articles}
          listId={listId}
          label={blank ? t('paletteRecent') : t('paletteResults')}
          optionId={optionId}
          activeIndex={activeIndex}
          busy={found.pending}
          onChoose={choose}
        />
      )}
      {message !== null && <p className={`palette__message${answer?.status === 'failed' ? ' palette__message--error' : ''}`}>{message}</p>}
      <p className="palette__hint" aria-hidden="true">
        {t('paletteHint')}
      </p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </dialog>
  );
}

function countText(t: ReturnType<typeof useT>, count: number): string {
  return count === 1 ? t('paletteCountOne') : t('paletteCount', { count });
}

function outside(element: HTMLElement, x: number, y: number): boolean {
  const box = element.getBoundingClientRect();
  return x < box.left || x > box.right || y < box.top || y > box.bottom;
}
