import type { Section } from '../../../main/contract';
import { CopyLinkButton } from './CopyLinkButton';
import { Paragraph } from './Paragraph';

/** One section: its heading (the scroll and link target) and its paragraphs. */
export function SectionView({ section }: { section: Section }) {
  return (
    <section className="article__section">
      {/* The button sits beside the h2, not in it, so the heading's accessible name stays the heading. */}
      <div className="article__section-heading">
        <h2 id={section.id} className="article__heading" tabIndex={-1}>
          {section.heading}
        </h2>
        <CopyLinkButton sectionId={section.id} heading={section.heading} />
      </div>
      {section.paragraphs.map((paragraph, index) => (
        <Paragraph key={index} paragraph={paragraph} />
      ))}
    </section>
  );
}
