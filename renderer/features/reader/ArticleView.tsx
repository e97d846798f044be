import type { Article } from '../../../main/contract';
import { useLanguage, useT } from '../../i18n/useT';
import { Paragraph } from './Paragraph';
import { SectionView } from './SectionView';
import './reader.css';

const titleId = 'aksorn-article-title';

/** A whole article: title, lead and sections. `data-ready` marks it as fully rendered. */
export function ArticleView({ article }: { article: Article }) {
  const t = useT();
  const language = useLanguage();
  return (
    <article className="article" lang={article.lang} aria-labelledby={titleId} data-ready="true">
      <h1 id={titleId} className="article__title">
        {article.title}
      </h1>
      <div className="article__lead">
        {article.lead.map((paragraph, index) => (
          <Paragraph key={index} paragraph={paragraph} />
        ))}
      </div>
      {article.sections.map((section) => (
        <SectionView key={section.id} section={section} />
      ))}
      {!article.hasReferenceList && (
        <p className="article__note" lang={language}>
          {t('referencesMissing')}
        </p>
      )}
    </article>
  );
}
