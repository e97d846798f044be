import { useLanguage, useT } from '../../i18n/useT';

// WORD JOINER: Thai text breaks almost anywhere, and a mark must not start a line on its own.
const noBreak = '\u2060';

/**
 * A numbered citation. The reference list is not part of this copy, so the
 * mark cannot link anywhere; its tooltip and accessible label say so.
 */
export function Citation({ label }: { label: string }) {
  const t = useT();
  const language = useLanguage();
  const note = t('citationTooltip', { number: label });
  // role="img": the bracketed number is a symbol whose meaning is the label; copying text still yields "[1]".
  return (
    <>
      {noBreak}
      <sup className="citation" role="img" lang={language} title={note} aria-label={note}>
        [{label}]
      </sup>
    </>
  );
}

/** The "citation needed" mark, shown as a small inline badge. */
export function CitationNeeded() {
  const t = useT();
  const language = useLanguage();
  return (
    <>
      {noBreak}
      <span className="badge citation-needed" lang={language} title={t('citationNeededTooltip')}>
        {t('citationNeeded')}
      </span>
    </>
  );
}
