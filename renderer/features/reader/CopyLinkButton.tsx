import { useEffect, useRef } from 'react';
import { CheckIcon, LinkIcon } from '../../components/icons';
import { useLanguage, useT } from '../../i18n/useT';
import { useCopyLink } from './useCopyLink';

/** The "copy link" button of a section heading, with its confirmation and manual-copy fallback. */
export function CopyLinkButton({ articleId, sectionId, heading }: { articleId: string; sectionId: string; heading: string }) {
  const t = useT();
  const language = useLanguage();
  const { state, copy, dismiss } = useCopyLink(articleId, sectionId);
  const field = useRef<HTMLInputElement>(null);

  // Select the link as soon as the fallback appears, so Ctrl+C is all that is left to do.
  useEffect(() => {
    if (state.status === 'failed') field.current?.select();
  }, [state]);

  return (
    <div className="copy-link" lang={language}>
      <button
        type="button"
        className="icon-button copy-link__button"
        aria-label={t('copyLink', { heading })}
        title={t('copyLink', { heading })}
        onClick={copy}
      >
        <LinkIcon />
      </button>
      {/* Always present so screen readers announce the confirmation when it appears. */}
      <span className="copy-link__status" role="status">
        {state.status === 'copied' && (
          <span className="copy-link__copied">
            <CheckIcon />
            {t('linkCopied')}
          </span>
        )}
      </span>
      {state.status === 'failed' && (
        <div className="copy-link__fallback">
          <label className="copy-link__fallback-label">
            <span>{t('copyFailed')}</span>
            <input
              ref={field}
              className="copy-link__field"
              type="text"
              readOnly
              value={state.link}
              aria-label={t('copyField', { heading })}
              onFocus={(event) => event.currentTarget.select()}
            />
          </label>
          <button type="button" className="button button--quiet" onClick={dismiss}>
            {t('dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
