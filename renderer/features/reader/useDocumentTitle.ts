import { useEffect } from 'react';
import { documentTitle } from './documentTitle';

/** Shows `title` (when known) before the app name in the window title. */
export function useDocumentTitle(title: string | null, appName: string): void {
  useEffect(() => {
    document.title = documentTitle(title, appName);
  }, [title, appName]);
}
