import { useEffect, useRef, type KeyboardEvent } from 'react';
import { ChevronDownIcon, ChevronUpIcon, CloseIcon } from '../../components/icons';
import { useT } from '../../i18n/useT';

/**
 * "Match n of m" with previous / next / close, floating over the article
 * while search highlights are shown. It takes focus when it appears (mount it
 * anew per chosen result), so Enter goes on to the next match at once;
 * Shift+Enter goes back and Escape closes it.
 */
export function MatchBar({
  current,
  total,
  onPrevious,
  onNext,
  onClose,
}: {
  /** Zero-based. */
  current: number;
  total: number;
  onPrevious: () => void;
  onNext: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const next = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    next.current?.focus({ preventScroll: true });
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Enter' && event.shiftKey) {
      event.preventDefault();
      onPrevious();
    }
  };

  return (
    <section className="panel-surface match-bar" aria-label={t('matchBar')} onKeyDown={onKeyDown}>
      <p className="match-bar__position" role="status">
        {t('matchPosition', { current: current + 1, total })}
      </p>
      <button
        type="button"
        className="icon-button match-bar__button"
        aria-label={t('matchPrevious')}
        title={`${t('matchPrevious')} (Shift+F3)`}
        aria-keyshortcuts="Shift+F3"
        onClick={onPrevious}
      >
        <ChevronUpIcon />
      </button>
      <button
        ref={next}
        type="button"
        className="icon-button match-bar__button"
        aria-label={t('matchNext')}
        title={`${t('matchNext')} (F3)`}
        aria-keyshortcuts="F3"
        onClick={onNext}
      >
        <ChevronDownIcon />
      </button>
      <button type="button" className="icon-button match-bar__button" aria-label={t('matchClose')} title={t('matchClose')} onClick={onClose}>
        <CloseIcon />
      </button>
    </section>
  );
}
