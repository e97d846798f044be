import { useRef, type KeyboardEvent } from 'react';
import { CloseIcon } from '../../components/icons';
import { useT } from '../../i18n/useT';
import { maxFilterLength } from './filter';

/**
 * The field that filters the TOC by part of a heading. Enter goes to the
 * first match, ↓ moves into the list, Escape clears the field (and, when it
 * is empty already, is left to close the overlay).
 */
export function TocFilterField({
  value,
  onChange,
  onSubmit,
  onLeaveDown,
}: {
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  /** ↓ in the field: to the first entry listed. */
  onLeaveDown: () => void;
}) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onSubmit();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      onLeaveDown();
    } else if (event.key === 'Escape' && value !== '') {
      // The filter goes, the overlay stays: Escape again closes it.
      event.preventDefault();
      event.stopPropagation();
      onChange('');
    }
  };

  return (
    <div className="toc__filter">
      <input
        ref={input}
        type="search"
        className="toc__filter-input"
        aria-label={t('tocFilter')}
        placeholder={t('tocFilterPlaceholder')}
        maxLength={maxFilterLength}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {value !== '' && (
        <button
          type="button"
          className="icon-button toc__filter-clear"
          aria-label={t('tocFilterClear')}
          title={t('tocFilterClear')}
          onClick={() => {
            onChange('');
            // The button goes with the text: focus stays in the field.
            input.current?.focus();
          }}
        >
          <CloseIcon />
        </button>
      )}
    </div>
  );
}
