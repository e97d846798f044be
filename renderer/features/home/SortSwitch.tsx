import type { CatalogSort } from '../../../common/catalog';
import type { MessageKey } from '../../i18n/th';
import { useT } from '../../i18n/useT';
import '../../components/segmented.css';

const choices: readonly { readonly sort: CatalogSort; readonly label: MessageKey }[] = [
  { sort: 'title', label: 'homeSortTitle' },
  { sort: 'recent', label: 'homeSortRecent' },
  { sort: 'added', label: 'homeSortAdded' },
];

/** "Title | Recently read | Date added": toggle buttons, the current one pressed. */
export function SortSwitch({ sort, onChange }: { sort: CatalogSort; onChange: (sort: CatalogSort) => void }) {
  const t = useT();
  return (
    <div className="segmented home-sort" role="group" aria-label={t('homeSort')}>
      {choices.map((choice) => (
        <button
          key={choice.sort}
          type="button"
          className="segmented__button"
          aria-pressed={choice.sort === sort}
          onClick={() => choice.sort !== sort && onChange(choice.sort)}
        >
          {t(choice.label)}
        </button>
      ))}
    </div>
  );
}
