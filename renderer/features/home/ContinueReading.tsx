import { useEffect, useId, useState } from 'react';
import type { CatalogEntry } from '../../../common/catalog';
import { errorMessage } from '../../api';
import { useT } from '../../i18n/useT';
import { useApi } from '../../useApi';
import { useReaderEvent } from '../../useReaderEvents';
import { ReadProgress } from './ArticleRow';

/** Articles "continue reading" offers: the last few read. */
const shownArticles = 4;

/**
 * The articles read last, newest first, each a button that opens it where
 * the reader stopped; nothing at all until something has been read.
 */
export function ContinueReading({ onOpen }: { onOpen: (entry: CatalogEntry) => void }) {
  const t = useT();
  const api = useApi();
  const headingId = useId();
  const [recent, setRecent] = useState<readonly CatalogEntry[]>([]);
  // Positions change while reading, not while the home view is shown; the library may (a removal, an import).
  const [changes, setChanges] = useState(0);
  useReaderEvent('libraryChanged', () => setChanges((count) => count + 1));

  useEffect(() => {
    let live = true;
    api.browseLibrary({ sort: 'recent', filter: '', offset: 0, limit: shownArticles }).then(
      (page) => live && setRecent(page.articles.filter((entry) => entry.readAt !== null)),
      // Only an extra: the list below says when the library cannot be read.
      (error: unknown) => console.warn(`[aksorn] could not list the articles read last: ${errorMessage(error)}`),
    );
    return () => {
      live = false;
    };
  }, [api, changes]);

  if (recent.length === 0) return null;
  return (
    <section className="home-continue" aria-labelledby={headingId}>
      <h2 id={headingId} className="home__subheading">
        {t('homeContinue')}
      </h2>
      <ul className="home-continue__list">
        {recent.map((entry) => (
          <li key={entry.id} className="home-continue__item">
            <button type="button" className="home-continue__open" onClick={() => onOpen(entry)}>
              <span className="home-continue__title" lang={entry.lang}>
                <bdi>{entry.title}</bdi>
              </span>
              <ReadProgress progress={entry.readProgress} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
