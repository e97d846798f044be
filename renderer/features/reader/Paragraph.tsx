import type { ReactNode } from 'react';
import type { Paragraph as ParagraphModel, Run } from '../../../common/article';
import type { PassageRange } from '../bookmarks/places';
import { textRunAttribute } from '../bookmarks/selection';
import { WikiLink } from '../links/WikiLink';
import { marksPerRun, type MarkRange } from '../search/highlight';
import { Citation, CitationNeeded } from './Citation';
import { RunText } from './RunText';

const noMarks: readonly MarkRange[] = [];
const noPassages: readonly PassageRange[] = [];
const runAttribute = { [textRunAttribute]: '' };

/**
 * One paragraph of an article, or the text of one list item: its runs of
 * text, links and citation marks, in a block that also holds `action` (its
 * bookmark button). `marks` are search matches in the paragraph's joined
 * text, `currentMatch` the one to single out; `passages` are bookmarked
 * passages to highlight. `data-section` and `data-paragraph` say where it
 * is, for selections and bookmark jumps, list items as well as paragraphs.
 */
export function Paragraph({
  paragraph,
  sectionId,
  index,
  marks = noMarks,
  currentMatch = -1,
  passages = noPassages,
  bookmarked = false,
  action,
}: {
  paragraph: ParagraphModel;
  sectionId: string;
  index: number;
  marks?: readonly MarkRange[];
  currentMatch?: number;
  passages?: readonly PassageRange[];
  bookmarked?: boolean;
  action?: ReactNode;
}) {
  const runMarks = marks.length > 0 ? marksPerRun(paragraph.runs, marks) : null;
  const runPassages = passages.length > 0 ? marksPerRun(paragraph.runs, passages) : null;
  return (
    <div className="article__block" data-bookmarked={bookmarked || undefined}>
      <p className="article__paragraph" data-section={sectionId} data-paragraph={index}>
        {paragraph.runs.map((run, runIndex) => (
          // Runs have no identity beyond their position, and an article never changes in place.
          <RunView
            key={runIndex}
            run={run}
            marks={runMarks?.[runIndex] ?? noMarks}
            passages={runPassages?.[runIndex] ?? noPassages}
            currentMatch={currentMatch}
          />
        ))}
      </p>
      {action}
    </div>
  );
}

function RunView({
  run,
  marks,
  passages,
  currentMatch,
}: {
  run: Run;
  marks: readonly MarkRange[];
  passages: readonly PassageRange[];
  currentMatch: number;
}) {
  if ('text' in run) {
    // The element marks text that counts in paragraphText; selections are measured by it.
    const text = (
      <span {...runAttribute}>
        <RunText text={run.text} marks={marks} passages={passages} current={currentMatch} />
      </span>
    );
    return 'link' in run ? (
      <WikiLink link={run.link} text={run.text}>
        {text}
      </WikiLink>
    ) : (
      text
    );
  }
  if ('cite' in run) return <Citation label={run.cite} />;
  if ('citationNeeded' in run) return <CitationNeeded />;
  // A run kind this renderer does not know yet shows nothing rather than breaking the page.
  const unknown: never = run;
  void unknown;
  return null;
}
