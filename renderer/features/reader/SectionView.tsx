import type { Section } from '../../../main/contract';
import { Highlighted } from '../search/Highlighted';
import { marksIn, type SectionHighlight } from '../search/highlight';
import { CopyLinkButton } from './CopyLinkButton';
import { Paragraph } from './Paragraph';

/** One section: its heading (the scroll and link target) and its paragraphs, with search highlights if any. */
export function SectionView({ section, highlight }: { section: Section; highlight: SectionHighlight | null }) {
  const matches = highlight?.matches ?? [];
  const current = highlight?.current ?? -1;
  return (
    <section className="article__section">
      {/* The button sits beside the h2, not in it, so the heading's accessible name stays the heading. */}
      <div className="article__section-heading">
        <h2 id={section.id} className="article__heading" tabIndex={-1}>
          <Highlighted text={section.heading} marks={marksIn(matches, null)} current={current} />
        </h2>
        <CopyLinkButton sectionId={section.id} heading={section.heading} />
      </div>
      {section.paragraphs.map((paragraph, index) => (
        <Paragraph key={index} paragraph={paragraph} marks={marksIn(matches, index)} currentMatch={current} />
      ))}
    </section>
  );
}
