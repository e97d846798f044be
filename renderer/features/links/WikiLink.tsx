import type { MouseEvent, ReactNode } from 'react';
import { addressOf, articlePlace } from '../../../common/address';
import { useLanguage, useT } from '../../i18n/useT';
import { linkView } from './linkTargets';
import { useArticleLinks } from './useArticleLinks';
import './links.css';

/**
 * A link run: `children` is its text, as the paragraph renders it (marks
 * and all), isolated in a <bdi> as link text may run in another direction.
 * A link to an article of the library opens it here, with a click or Enter;
 * its address is the article's in the app (`#/a/…`), never the web. A link the library
 * has no article for looks muted and leads nowhere, and says so on hover and
 * to screen readers; until the library answers, a link is plain text.
 */
export function WikiLink({ link, text, children }: { link: string; text: string; children: ReactNode }) {
  const t = useT();
  const language = useLanguage();
  const { targets, follow } = useArticleLinks();
  const view = linkView(link, targets);

  if (view.kind === 'text') return <bdi>{children}</bdi>;

  if (view.kind === 'missing') {
    const note = t('linkMissing');
    return (
      <span className="wiki-link wiki-link--missing" title={t('linkMissingTooltip', { title: view.title })}>
        <bdi>{children}</bdi>
        {/* Outside the text run: not part of the paragraph's text, nor of a copy of it. */}
        <span className="visually-hidden wiki-link__note" lang={language}>
          {` (${note})`}
        </span>
      </span>
    );
  }

  const { articleId } = view;
  const onClick = (event: MouseEvent) => {
    // Modified clicks do what the browser does with links (in browser mode, a new tab at the same address).
    if (event.button !== 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    // Letting go after selecting text in the link is a selection, not a click.
    if (document.getSelection()?.isCollapsed === false) return;
    follow(articleId);
  };
  return (
    <a
      className="wiki-link"
      href={addressOf(articlePlace(articleId))}
      // Where it leads, when the text does not say.
      title={view.title === text.trim() ? undefined : view.title}
      onClick={onClick}
    >
      <bdi>{children}</bdi>
    </a>
  );
}
