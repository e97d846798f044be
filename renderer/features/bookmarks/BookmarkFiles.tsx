import { useRef } from 'react';
import { errorText } from '../../i18n/errorText';
import { useT } from '../../i18n/useT';
import type { FileOutcome } from './useBookmarkFiles';
import type { BookmarkExportFormat } from './files';

/** Export (JSON, Markdown) and import (JSON) buttons, and how the last one went. */
export function BookmarkFiles({
  outcome,
  busy,
  onExport,
  onImport,
}: {
  outcome: FileOutcome | null;
  busy: boolean;
  onExport: (format: BookmarkExportFormat) => void;
  onImport: (file: File) => void;
}) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="bookmark-files">
      <div className="bookmark-files__buttons" role="group" aria-label={t('bookmarksFiles')}>
        <button type="button" className="button button--quiet button--small" onClick={() => onExport('json')}>
          {t('bookmarksExportJson')}
        </button>
        <button type="button" className="button button--quiet button--small" onClick={() => onExport('markdown')}>
          {t('bookmarksExportMarkdown')}
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          disabled={busy}
          onClick={() => input.current?.click()}
        >
          {t('bookmarksImport')}
        </button>
        <input
          ref={input}
          className="bookmark-files__input"
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Emptied so that choosing the same file again is still a change.
            event.target.value = '';
            if (file) onImport(file);
          }}
        />
      </div>
      <p className="bookmark-files__outcome" role="status">
        {outcome?.kind === 'imported' &&
          t('bookmarksImported', { added: outcome.summary.added, skipped: outcome.summary.skipped })}
      </p>
      {outcome && outcome.kind !== 'imported' && (
        <div className="bookmark-files__error" role="alert">
          <p className="bookmark-files__error-title">
            {t(outcome.kind === 'import-failed' ? 'bookmarksImportFailed' : 'bookmarksExportFailed')}
          </p>
          <p className="bookmark-files__error-detail">{errorText(outcome.error, t)}</p>
        </div>
      )}
    </div>
  );
}
