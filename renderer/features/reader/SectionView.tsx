import type { Section } from '../../../common/article';
import { BookmarkToggle } from '../bookmarks/BookmarkToggle';
import type { ArticleBookmarks } from '../bookmarks/useBookmarkCommands';
import { Highlighted } from '../search/Highlighted';
import { marksIn, type SectionHighlight } from '../search/highlight';
import { useT } from '../../i18n/useT';
import { CopyLinkButton } from './CopyLinkButton';
import { Paragraphs } from './Paragraphs';
import { sectionElementId } from './sectionElements';

/**
 * One section: its heading (the scroll and link target; h2–h4 by its level)
 * and its paragraphs, with search highlights and bookmarks.
 */
export function SectionView({
  articleId,
  section,
  highlight,
  bookmarks,
}: {
  articleId: string;
  section: Section;
  highlight: SectionHighlight | null;
  bookmarks: ArticleBookmarks;
}) {
  const t = useT();
  const matches = highlight?.matches ?? [];
  const current = highlight?.current ?? -1;
  const bookmarked = bookmarks.places.sections.has(section.id);
  // h2 for a section, h3 and h4 for its subsections.
  const Heading = `h${section.level}` as const;
  return (
    <section className="article__section" data-level={section.level}>
      {/* The buttons sit beside the heading, not in it, so the heading's accessible name stays the heading. */}
      <div className="article__section-heading" data-bookmarked={bookmarked || undefined}>
        <Heading
          id={sectionElementId(articleId, section.id)}
          data-section={section.id}
          className="article__heading"
          tabIndex={-1}
          data-bookmarked={bookmarked || undefined}
        >
          <Highlighted text={section.heading} marks={marksIn(matches, null)} current={current} />
        </Heading>
        <BookmarkToggle
          className="bookmark-toggle--heading"
          label={t('bookmarkSection', { heading: section.heading })}
          pressed={bookmarked}
          onToggle={() => bookmarks.toggleSection(section.id)}
        />
        <CopyLinkButton articleId={articleId} sectionId={section.id} heading={section.heading} />
      </div>
      <Paragraphs
        sectionId={section.id}
        heading={section.heading}
        paragraphs={section.paragraphs}
        matches={matches}
        current={current}
        bookmarks={bookmarks}
      />
    </section>
  );
}
