import { leadSectionId, type Article } from '../../../main/contract';
import { useLanguage, useT } from '../../i18n/useT';
import { Highlighted } from '../search/Highlighted';
import { marksIn, type SectionHighlight } from '../search/highlight';
import { Paragraph } from './Paragraph';
import { SectionView } from './SectionView';
import './reader.css';

const titleId = 'aksorn-article-title';

/**
 * A whole article: title, lead and sections. `data-ready` marks it as fully
 * rendered. `highlight` marks search matches in the section `sectionId`
 * (the title and lead for `leadSectionId`, which is also the lead's id as a jump target).
 */
export function ArticleView({
  article,
  highlight,
}: {
  article: Article;
  highlight: (SectionHighlight & { readonly sectionId: string }) | null;
}) {
  const t = useT();
  const language = useLanguage();
  const inLead = highlight?.sectionId === leadSectionId ? highlight : null;
  const leadMatches = inLead?.matches ?? [];
  const current = inLead?.current ?? -1;
  return (
    <article className="article" lang={article.lang} aria-labelledby={titleId} data-ready="true">
      <div id={leadSectionId} className="article__lead" tabIndex={-1}>
        <h1 id={titleId} className="article__title">
          <Highlighted text={article.title} marks={marksIn(leadMatches, null)} current={current} />
        </h1>
        {article.lead.map((paragraph, index) => (
          <Paragraph key={index} paragraph={paragraph} marks={marksIn(leadMatches, index)} currentMatch={current} />
        ))}
      </div>
      {article.sections.map((section) => (
        <SectionView
          key={section.id}
          section={section}
          highlight={highlight?.sectionId === section.id ? highlight : null}
        />
      ))}
      {!article.hasReferenceList && (
        <p className="article__note" lang={language}>
          {t('referencesMissing')}
        </p>
      )}
    </article>
  );
}
