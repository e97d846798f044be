import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ResolvedBookmark } from '../../../common/bookmarks';
import { errorMessage } from '../../api';
import { useT } from '../../i18n/useT';

/**
 * Inline editing of a bookmark's name and note. Enter saves (Shift+Enter is a
 * new line in the note), Escape cancels; a failure stays in the form.
 */
export function BookmarkEditor({
  bookmark,
  onSave,
  onCancel,
}: {
  bookmark: ResolvedBookmark;
  /** Resolves once saved; rejects with a message to show. */
  onSave: (patch: { readonly name: string; readonly note: string }) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const [name, setName] = useState(bookmark.name);
  const [note, setNote] = useState(bookmark.note);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const nameField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    nameField.current?.focus();
    nameField.current?.select();
  }, []);

  const save = () => {
    if (saving) return;
    setSaving(true);
    setError(null);
    onSave({ name: name.trim(), note: note.trim() }).catch((failure: unknown) => {
      setError(errorMessage(failure));
      setSaving(false);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Escape') {
      // Escape here cancels the edit only; the panel stays open.
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };

  const onNoteKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      save();
    }
  };

  return (
    <form
      className="bookmark-editor"
      aria-label={t('bookmarkEditor', { label: bookmark.label })}
      aria-busy={saving}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <label className="bookmark-editor__field">
        <span className="bookmark-editor__label">{t('bookmarkName')}</span>
        <input
          ref={nameField}
          className="bookmark-editor__input"
          type="text"
          value={name}
          // An empty name shows the heading, so the heading is the natural hint.
          placeholder={bookmark.sectionHeading ?? bookmark.label}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <label className="bookmark-editor__field">
        <span className="bookmark-editor__label">{t('bookmarkNote')}</span>
        <textarea
          className="bookmark-editor__input bookmark-editor__note"
          rows={3}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          onKeyDown={onNoteKeyDown}
        />
      </label>
      {error && (
        <p className="bookmark-editor__error" role="alert">
          {error}
        </p>
      )}
      <div className="bookmark-editor__actions">
        <button type="submit" className="button" disabled={saving}>
          {t('bookmarkSave')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('bookmarkCancel')}
        </button>
      </div>
    </form>
  );
}
