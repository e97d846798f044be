import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../../../common/article';
import { paragraphBlocks, type Block, type ListBlock, type ListItemBlock } from '../../../../../renderer/features/reader/blocks';

const text: Paragraph = { runs: [{ text: 'ย่อหน้า' }] };
const bullet = (depth: number): Paragraph => ({ runs: [{ text: `ข้อ ${depth}` }], item: { ordered: false, depth } });
const numbered = (depth: number): Paragraph => ({ runs: [{ text: `ลำดับ ${depth}` }], item: { ordered: true, depth } });

const p = (index: number): Block => ({ kind: 'paragraph', index });
const li = (index: number, ...lists: ListBlock[]): ListItemBlock => ({ index, lists });
const ul = (...items: ListItemBlock[]): ListBlock => ({ ordered: false, items });
const ol = (...items: ListItemBlock[]): ListBlock => ({ ordered: true, items });
const list = (block: ListBlock): Block => ({ kind: 'list', list: block });

/** Every paragraph index the blocks hold, in document order. */
function indexesOf(blocks: readonly Block[]): number[] {
  const ofList = (block: ListBlock): number[] => block.items.flatMap((item) => [item.index, ...item.lists.flatMap(ofList)]);
  return blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.index] : ofList(block.list)));
}

describe('paragraphBlocks', () => {
  it('keeps paragraphs without items as paragraphs, by index', () => {
    expect(paragraphBlocks([text, text, text])).toEqual([p(0), p(1), p(2)]);
    expect(paragraphBlocks([])).toEqual([]);
  });

  it('makes one list of consecutive items of one kind and depth', () => {
    expect(paragraphBlocks([bullet(1), bullet(1), bullet(1)])).toEqual([list(ul(li(0), li(1), li(2)))]);
    expect(paragraphBlocks([numbered(1), numbered(1)])).toEqual([list(ol(li(0), li(1)))]);
  });

  it('nests a deeper item under the item before it, and goes back out', () => {
    expect(paragraphBlocks([bullet(1), bullet(2), bullet(2), bullet(3), bullet(1)])).toEqual([
      list(ul(li(0, ul(li(1), li(2, ul(li(3))))), li(4))),
    ]);
  });

  it('nests a jump of several levels by one level', () => {
    expect(paragraphBlocks([bullet(1), bullet(3), bullet(3), bullet(1)])).toEqual([list(ul(li(0, ul(li(1), li(2))), li(3)))]);
  });

  it('puts an item that steps back less than the jump in the nested list it shares a level with', () => {
    // 1 → 3 showed as one level of nesting, so the 2 after it belongs to that level too.
    expect(paragraphBlocks([bullet(1), bullet(3), bullet(2), bullet(3)])).toEqual([list(ul(li(0, ul(li(1), li(2, ul(li(3)))))))]);
  });

  it('shows a list that starts deep at the top level', () => {
    expect(paragraphBlocks([bullet(2), bullet(2), bullet(1)])).toEqual([list(ul(li(0), li(1), li(2)))]);
    expect(paragraphBlocks([bullet(3), bullet(4), bullet(2)])).toEqual([list(ul(li(0, ul(li(1))), li(2)))]);
  });

  it('starts a new list when the kind changes at the same level', () => {
    expect(paragraphBlocks([bullet(1), bullet(1), numbered(1), numbered(1), bullet(1)])).toEqual([
      list(ul(li(0), li(1))),
      list(ol(li(2), li(3))),
      list(ul(li(4))),
    ]);
  });

  it('starts a new nested list beside the other when the kind changes inside an item', () => {
    expect(paragraphBlocks([bullet(1), numbered(2), numbered(2), bullet(2), bullet(1)])).toEqual([
      list(ul(li(0, ol(li(1), li(2)), ul(li(3))), li(4))),
    ]);
  });

  it('nests a list of the other kind under an item', () => {
    expect(paragraphBlocks([numbered(1), bullet(2), numbered(1)])).toEqual([list(ol(li(0, ul(li(1))), li(2)))]);
  });

  it('ends lists at a paragraph, and starts a new one for items after it', () => {
    expect(paragraphBlocks([text, bullet(1), bullet(2), text, bullet(2), bullet(1), text])).toEqual([
      p(0),
      list(ul(li(1, ul(li(2))))),
      p(3),
      list(ul(li(4), li(5))),
      p(6),
    ]);
  });

  it('keeps every paragraph once, in document order, whatever the mix', () => {
    const kinds = [text, bullet(1), numbered(1), bullet(2), numbered(3), bullet(6), text, numbered(4), bullet(1), bullet(5)];
    // A fixed walk through the kinds, long enough to meet every transition.
    const paragraphs = Array.from({ length: 200 }, (_, i) => kinds[(i * 7 + (i >> 3)) % kinds.length]!);
    expect(indexesOf(paragraphBlocks(paragraphs))).toEqual(paragraphs.map((_, i) => i));
  });
});
