import type { MessageKey } from '../../i18n/th';
import { useT } from '../../i18n/useT';
import '../../components/segmented.css';

/** Where the search box looks: the whole library, or the article open in the reader. */
export type ScopeChoice = 'library' | 'article';

const choices: readonly { readonly scope: ScopeChoice; readonly label: MessageKey }[] = [
  { scope: 'library', label: 'searchScopeLibrary' },
  { scope: 'article', label: 'searchScopeArticle' },
];

/**
 * "Whole library | This article": a pair of toggle buttons, the current one
 * pressed, reached with Tab from the box. A click keeps focus in the box, so
 * typing and the arrow keys go on where they were.
 */
export function ScopeSwitch({ scope, onChange }: { scope: ScopeChoice; onChange: (scope: ScopeChoice) => void }) {
  const t = useT();
  return (
    <div className="segmented search-scope" role="group" aria-label={t('searchScope')}>
      {choices.map((choice) => (
        <button
          key={choice.scope}
          type="button"
          className="segmented__button"
          aria-pressed={choice.scope === scope}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => choice.scope !== scope && onChange(choice.scope)}
        >
          {t(choice.label)}
        </button>
      ))}
    </div>
  );
}
