import type { FoundArticle } from '../../../common/find';
import { useLanguage, useT } from '../../i18n/useT';

/**
 * Quick open's results as a listbox the combobox controls: focus stays in
 * the field, which points at the active option with aria-activedescendant,
 * so the mouse chooses an option without taking focus. The listbox is what
 * scrolls (palette.css), so the arrow keys reach every option.
 */
export function FoundList({
  articles,
  listId,
  label,
  optionId,
  activeIndex,
  busy,
  onChoose,
}: {
  articles: readonly FoundArticle[];
  listId: string;
  label: string;
  optionId: (index: number) => string;
  activeIndex: number;
  busy: boolean;
  onChoose: (index: number) => void;
}) {
  return (
    <ul id={listId} className="palette__list" role="listbox" aria-label={label} aria-busy={busy}>
      {articles.map((article, index) => (
        <li
          key={article.articleId}
          id={optionId(index)}
          className="palette-option"
          role="option"
          aria-selected={index === activeIndex}
          // Keep focus in the field: the click chooses, the field stays the one place keys go.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChoose(index)}
        >
          <FoundText article={article} />
        </li>
      ))}
    </ul>
  );
}

/** The title; "via" the redirect that matched when the title did not; "read" for an article read lately. */
function FoundText({ article }: { article: FoundArticle }) {
  const t = useT();
  const language = useLanguage();
  return (
    <>
      <span className="palette-option__names">
        {/* Titles are Thai articles' (Article.lang); the words around them are in the UI language. */}
        <bdi className="palette-option__title" lang="th">
          {article.title}
        </bdi>
        {article.alias !== undefined && (
          <span className="palette-option__alias">
            <span lang={language}>{t('searchVia')}</span> <bdi lang="th">{article.alias}</bdi>
          </span>
        )}
      </span>
      {article.readAt !== undefined && (
        <span className="palette-option__read" lang={language}>
          {t('paletteRead')}
        </span>
      )}
    </>
  );
}
