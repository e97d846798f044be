import { useCallback, useState } from 'react';
import type { ImportSummary } from '../../../common/bookmarks';
import { useT } from '../../i18n/useT';
import { downloadText, exportFileName, type BookmarkExportFormat } from './files';
import { toMarkdown } from './markdown';
import type { BookmarkData } from './useBookmarks';

/** How the last export or import went: shown under the buttons until the next one. */
export type FileOutcome =
  | { readonly kind: 'imported'; readonly summary: ImportSummary }
  | { readonly kind: 'import-failed'; readonly error: unknown }
  | { readonly kind: 'export-failed'; readonly error: unknown };

/** Export (main writes the JSON, the page the Markdown in the reader's language; saved as a download) and import (the page reads the file, main merges it). */
export function useBookmarkFiles(data: BookmarkData): {
  outcome: FileOutcome | null;
  busy: boolean;
  exportAs(format: BookmarkExportFormat): void;
  importFile(file: File): void;
} {
  const [outcome, setOutcome] = useState<FileOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useT();
  const { list, exportJson, importText } = data;

  const exportAs = useCallback(
    (format: BookmarkExportFormat) => {
      setOutcome(null);
      const text = format === 'json' ? exportJson() : Promise.resolve(toMarkdown(list, t));
      text.then(
        (text) => downloadText(exportFileName(format, new Date()), text, format),
        (error: unknown) => setOutcome({ kind: 'export-failed', error }),
      );
    },
    [list, exportJson, t],
  );

  const importFile = useCallback(
    (file: File) => {
      setOutcome(null);
      setBusy(true);
      // Main checks the whole file and refuses it whole: a bad file changes nothing.
      file
        .text()
        .then(importText)
        .then(
          (summary) => setOutcome({ kind: 'imported', summary }),
          (error: unknown) => setOutcome({ kind: 'import-failed', error }),
        )
        .finally(() => setBusy(false));
    },
    [importText],
  );

  return { outcome, busy, exportAs, importFile };
}
