import { describe, expect, it } from 'vitest';
import { paragraphText, type Paragraph } from '../../../../../common/article';
import { textOffset, textRunAttribute, trimmedRange, type TextTreeNode } from '../../../../../renderer/features/bookmarks/selection';

// Plain objects shaped like the DOM the reader renders, so the walk runs without a browser.
interface FakeNode extends TextTreeNode {
  readonly childNodes: FakeNode[];
}

function text(value: string): FakeNode {
  return { nodeType: 3, nodeValue: value, childNodes: [] };
}

function element(attributes: readonly string[], ...children: FakeNode[]): FakeNode {
  return { nodeType: 1, nodeValue: null, childNodes: children, hasAttribute: (name) => attributes.includes(name) };
}

const run = (...children: FakeNode[]) => element([textRunAttribute], ...children);
const plain = (...children: FakeNode[]) => element([], ...children);

// "กรุงมอสโก[1] เป็นเมืองหลวง" with a search mark inside the second run and a bookmarked passage.
const paragraph: Paragraph = { runs: [{ text: 'กรุงมอสโก' }, { cite: '1' }, { text: ' เป็นเมืองหลวง' }] };
const first = text('กรุง');
const markedText = text('มอสโก');
const joiner = text('\u2060');
const citeText = text('[1]');
const cite = plain(citeText);
const before = text(' เป็น');
const passageText = text('เมือง');
const after = text('หลวง');
const runOne = run(first, plain(markedText));
const runTwo = run(before, plain(passageText), after);
const root = plain(runOne, joiner, cite, runTwo);

describe('textOffset', () => {
  const joined = paragraphText(paragraph);

  it('counts a point in a text node by the text runs before it, without citations', () => {
    expect(textOffset(root, first, 2)).toBe(2);
    expect(textOffset(root, markedText, 3)).toBe(7);
    expect(textOffset(root, passageText, 0)).toBe(joined.indexOf('เมือง'));
    expect(textOffset(root, after, 4)).toBe(joined.length);
  });

  it('reads a point inside a citation or its word joiner as the end of the text before it', () => {
    expect(textOffset(root, citeText, 2)).toBe('กรุงมอสโก'.length);
    expect(textOffset(root, joiner, 1)).toBe('กรุงมอสโก'.length);
  });

  it('reads an element point as the boundary before that child', () => {
    expect(textOffset(root, root, 0)).toBe(0);
    expect(textOffset(root, root, 1)).toBe('กรุงมอสโก'.length);
    expect(textOffset(root, root, 3)).toBe('กรุงมอสโก'.length);
    expect(textOffset(root, root, 4)).toBe(joined.length);
    expect(textOffset(root, runTwo, 1)).toBe(joined.indexOf('เมือง'));
  });

  it('maps a selection to the same text paragraphText has', () => {
    const start = textOffset(root, markedText, 0)!;
    const end = textOffset(root, passageText, 5)!;
    expect(joined.slice(start, end)).toBe('มอสโก เป็นเมือง');
  });

  it('answers null for a point outside the paragraph', () => {
    expect(textOffset(root, text('elsewhere'), 0)).toBeNull();
  });
});

describe('trimmedRange', () => {
  it('orders the ends and drops white space at both', () => {
    expect(trimmedRange('  ab cd  ', 9, 0)).toEqual({ start: 2, end: 7 });
  });

  it('clamps to the text and answers null when only space is left', () => {
    expect(trimmedRange('abc', -4, 99)).toEqual({ start: 0, end: 3 });
    expect(trimmedRange('a   b', 1, 4)).toBeNull();
    expect(trimmedRange('abc', 2, 2)).toBeNull();
  });
});
