import { useEffect, useRef, useState } from 'react';
import type { ResolvedBookmark } from '../../../common/bookmarks';
import { EditIcon, TrashIcon } from '../../components/icons';
import type { MessageKey } from '../../i18n/th';
import { useT } from '../../i18n/useT';
import { BookmarkEditor } from './BookmarkEditor';
import { notePreview } from './listing';

const kindNames: { readonly [K in ResolvedBookmark['kind']]: MessageKey } = {
  section: 'bookmarkKindSection',
  paragraph: 'bookmarkKindParagraph',
  passage: 'bookmarkKindPassage',
};

/**
 * One bookmark in the panel: a button that jumps to it (disabled for a
 * missing one, which says why), then edit and delete. Editing swaps the entry for a form in place.
 */
export function BookmarkItem({
  bookmark,
  formatDate,
  onJump,
  onUpdate,
  onRemove,
}: {
  bookmark: ResolvedBookmark;
  formatDate: (iso: string) => string;
  onJump: (bookmark: ResolvedBookmark) => void;
  onUpdate: (id: string, patch: { readonly name: string; readonly note: string }) => Promise<void>;
  onRemove: (id: string) => void;
}) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // Set when the form closes, so focus goes back to the button that opened it.
  const refocus = useRef(false);

  useEffect(() => {
    if (editing || !refocus.current) return;
    refocus.current = false;
    editButton.current?.focus();
  }, [editing]);

  const stopEditing = () => {
    refocus.current = true;
    setEditing(false);
  };

  if (editing) {
    return (
      <div className="bookmark" data-status={bookmark.status}>
        <BookmarkEditor
          bookmark={bookmark}
          onSave={(patch) => onUpdate(bookmark.id, patch).then(stopEditing)}
          onCancel={stopEditing}
        />
      </div>
    );
  }

  const quote = bookmark.anchor.quote?.text;
  const note = notePreview(bookmark.note);
  const body = (
    <>
      <span className="bookmark__meta">
        <span className="bookmark__kind">{t(kindNames[bookmark.kind])}</span>
        {bookmark.status === 'moved' && (
          <span className="badge bookmark__badge bookmark__badge--moved" title={t('bookmarkMovedHint')}>
            {t('bookmarkMoved')}
          </span>
        )}
        {/* Of an article that is gone, the group's heading says so; this one says what is missing in the article. */}
        {bookmark.status === 'missing' && !bookmark.articleMissing && (
          <span className="badge bookmark__badge bookmark__badge--missing">{t('bookmarkMissing')}</span>
        )}
        <time className="bookmark__date" dateTime={bookmark.createdAt}>
          {formatDate(bookmark.createdAt)}
        </time>
      </span>
      {/* A name is the reader's own words; the heading it falls back to is Thai, like the article. */}
      {/* <bdi>: a name, heading, quote or note may come from an imported file; its direction stays inside. */}
      <bdi className="bookmark__label" lang={bookmark.name === '' ? 'th' : undefined}>
        {bookmark.label}
      </bdi>
      {quote && (
        <q className="bookmark__quote" lang="th">
          <bdi>{quote}</bdi>
        </q>
      )}
      {note && <bdi className="bookmark__note">{note}</bdi>}
      {bookmark.status === 'missing' && (
        <span className="bookmark__hint">{t(bookmark.articleMissing ? 'bookmarkArticleMissingHint' : 'bookmarkMissingHint')}</span>
      )}
    </>
  );

  return (
    <div className="bookmark" data-status={bookmark.status}>
      {bookmark.status === 'missing' ? (
        // Still a button, so that it is found like the others and says (disabled, with its hint) why it does not open.
        <button type="button" className="bookmark__main bookmark__jump" aria-disabled="true">
          {body}
        </button>
      ) : (
        <button type="button" className="bookmark__main bookmark__jump" onClick={() => onJump(bookmark)}>
          {body}
        </button>
      )}
      <div className="bookmark__actions">
        <button
          ref={editButton}
          type="button"
          className="icon-button bookmark__action"
          aria-label={t('bookmarkEdit', { label: bookmark.label })}
          title={t('bookmarkEdit', { label: bookmark.label })}
          onClick={() => setEditing(true)}
        >
          <EditIcon />
        </button>
        <button
          type="button"
          className="icon-button bookmark__action bookmark__action--delete"
          aria-label={t('bookmarkDelete', { label: bookmark.label })}
          title={t('bookmarkDelete', { label: bookmark.label })}
          onClick={() => onRemove(bookmark.id)}
        >
          <TrashIcon />
        </button>
      </div>
    </div>
  );
}
