import type { Paragraph as ParagraphModel, Run } from '../../../main/contract';
import { Citation, CitationNeeded } from './Citation';

/** One paragraph of an article: its runs of text and citation marks. */
export function Paragraph({ paragraph }: { paragraph: ParagraphModel }) {
  return (
    <p className="article__paragraph">
      {paragraph.runs.map((run, index) => (
        // Runs have no identity beyond their position, and an article never changes in place.
        <RunView key={index} run={run} />
      ))}
    </p>
  );
}

function RunView({ run }: { run: Run }) {
  if ('text' in run) return run.text;
  if ('cite' in run) return <Citation label={run.cite} />;
  if ('citationNeeded' in run) return <CitationNeeded />;
  // A run kind this renderer does not know yet shows nothing rather than breaking the page.
  const unknown: never = run;
  void unknown;
  return null;
}
