import { useEffect } from 'react';

/** Shows `title` (when known) before the app name in the window title. */
export function useDocumentTitle(title: string | null, appName: string): void {
  useEffect(() => {
    document.title = title ? `${title} — ${appName}` : appName;
  }, [title, appName]);
}
