import type { Paragraph as ParagraphModel, Run } from '../../../main/contract';
import { Highlighted } from '../search/Highlighted';
import { marksPerRun, type MarkRange } from '../search/highlight';
import { Citation, CitationNeeded } from './Citation';

const noMarks: readonly MarkRange[] = [];

/**
 * One paragraph of an article: its runs of text and citation marks.
 * `marks` are search matches in the paragraph's joined text; `currentMatch` is the one to single out.
 */
export function Paragraph({
  paragraph,
  marks = noMarks,
  currentMatch = -1,
}: {
  paragraph: ParagraphModel;
  marks?: readonly MarkRange[];
  currentMatch?: number;
}) {
  const runMarks = marks.length > 0 ? marksPerRun(paragraph.runs, marks) : null;
  return (
    <p className="article__paragraph">
      {paragraph.runs.map((run, index) => (
        // Runs have no identity beyond their position, and an article never changes in place.
        <RunView key={index} run={run} marks={runMarks?.[index] ?? noMarks} currentMatch={currentMatch} />
      ))}
    </p>
  );
}

function RunView({ run, marks, currentMatch }: { run: Run; marks: readonly MarkRange[]; currentMatch: number }) {
  if ('text' in run) return <Highlighted text={run.text} marks={marks} current={currentMatch} />;
  if ('cite' in run) return <Citation label={run.cite} />;
  if ('citationNeeded' in run) return <CitationNeeded />;
  // A run kind this renderer does not know yet shows nothing rather than breaking the page.
  const unknown: never = run;
  void unknown;
  return null;
}
