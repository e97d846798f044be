import { segmentText, type MarkRange } from './highlight';

/** Text with search matches wrapped in `<mark class="search-hit">`; the current match is marked aria-current. */
export function Highlighted({ text, marks, current }: { text: string; marks: readonly MarkRange[]; current: number }) {
  if (marks.length === 0) return text;
  return (
    <>
      {segmentText(text, marks).map((segment, index) =>
        segment.match === null ? (
          segment.text
        ) : (
          <mark
            // Segments have no identity beyond their position; the marks change only with the search.
            key={index}
            className={segment.match === current ? 'search-hit search-hit--current' : 'search-hit'}
            data-match={segment.match}
            aria-current={segment.match === current ? 'true' : undefined}
          >
            {segment.text}
          </mark>
        ),
      )}
    </>
  );
}
