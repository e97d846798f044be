import { Fragment } from 'react';
import { splitByPassages, type PassageRange } from '../bookmarks/places';
import { Highlighted } from '../search/Highlighted';
import { clipRanges, type MarkRange } from '../search/highlight';

/**
 * A text run with its two layers of marks: bookmarked passages
 * (`<mark class="bookmark-passage">`) and, inside them or not, search matches.
 */
export function RunText({
  text,
  marks,
  passages,
  current,
}: {
  text: string;
  marks: readonly MarkRange[];
  passages: readonly PassageRange[];
  current: number;
}) {
  if (passages.length === 0) return <Highlighted text={text} marks={marks} current={current} />;
  return splitByPassages(text, passages).map((piece) => {
    const inner = (
      <Highlighted text={piece.text} marks={clipRanges(marks, piece.start, piece.start + piece.text.length)} current={current} />
    );
    // Pieces have no identity beyond their place in the run.
    return piece.passage ? (
      <mark key={piece.start} className="bookmark-passage" data-from={piece.passage.from}>
        {inner}
      </mark>
    ) : (
      <Fragment key={piece.start}>{inner}</Fragment>
    );
  });
}
