import { leadSectionId, type Article } from '../../../common/article';
import { useLanguage, useT } from '../../i18n/useT';
import { BookmarkToggle } from '../bookmarks/BookmarkToggle';
import type { ArticleBookmarks } from '../bookmarks/useBookmarkCommands';
import { Highlighted } from '../search/Highlighted';
import { marksIn, type SectionHighlight } from '../search/highlight';
import { Paragraphs } from './Paragraphs';
import { sectionElementId } from './sectionElements';
import { SectionView } from './SectionView';
import './reader.css';

const titleId = 'aksorn-article-title';

/** Element Timing (not in React's types yet): `npm run bench:paint` reads when an article's title is painted. */
const paintTiming: Record<string, string> = { elementtiming: 'article-title' };

/**
 * A whole article: title, lead and sections. `data-ready` marks it as fully
 * rendered. `highlight` marks search matches in the section `sectionId`
 * (the title and lead for `leadSectionId`; see sectionElements for the
 * jump targets' ids); `bookmarks` marks bookmarked places and offers the toggles.
 */
export function ArticleView({
  article,
  highlight,
  bookmarks,
}: {
  article: Article;
  highlight: (SectionHighlight & { readonly articleId: string; readonly sectionId: string }) | null;
  bookmarks: ArticleBookmarks;
}) {
  const t = useT();
  const language = useLanguage();
  const shown = highlight?.articleId === article.id ? highlight : null;
  const inLead = shown?.sectionId === leadSectionId ? shown : null;
  const leadMatches = inLead?.matches ?? [];
  const current = inLead?.current ?? -1;
  const leadBookmarked = bookmarks.places.sections.has(leadSectionId);
  return (
    <article
      className="article"
      lang={article.lang}
      aria-labelledby={titleId}
      data-article={article.id}
      data-ready="true"
    >
      <div
        id={sectionElementId(article.id, leadSectionId)}
        data-section={leadSectionId}
        className="article__lead"
        tabIndex={-1}
      >
        <div className="article__title-row" data-bookmarked={leadBookmarked || undefined}>
          <h1 id={titleId} className="article__title" {...paintTiming}>
            <Highlighted text={article.title} marks={marksIn(leadMatches, null)} current={current} />
          </h1>
          <BookmarkToggle
            className="bookmark-toggle--heading"
            label={t('bookmarkSection', { heading: article.title })}
            pressed={leadBookmarked}
            onToggle={() => bookmarks.toggleSection(leadSectionId)}
          />
        </div>
        <Paragraphs
          sectionId={leadSectionId}
          heading={article.title}
          paragraphs={article.lead}
          matches={leadMatches}
          current={current}
          bookmarks={bookmarks}
        />
      </div>
      {article.sections.map((section) => (
        <SectionView
          key={section.id}
          articleId={article.id}
          section={section}
          highlight={shown?.sectionId === section.id ? shown : null}
          bookmarks={bookmarks}
        />
      ))}
      {!article.hasReferenceList && (
        <p className="article__note" lang={language}>
          {t('referencesMissing')}
        </p>
      )}
    </article>
  );
}
