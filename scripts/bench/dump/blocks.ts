/**
 * The blocks of an article body: paragraphs, nested lists, wikitables and
 * images, written until a section's share of the article's size is used up.
 */
import { pick, randomInt } from '../random.js';
import { linkMarkup, writeLink, writeRunningText, type PageContext } from './text.js';
import { bigNumber, latinName, phrase, runningNumber, year } from './words.js';

/** A paragraph of about `budget` visible bytes, then the blank line that ends it. */
export function writeParagraph(ctx: PageContext, budget: number): void {
  writeRunningText(ctx, budget);
  ctx.out.endBlock();
  ctx.out.markup('\n');
}

/**
 * A list of 2–8 items (fewer once `budget` visible bytes are written), nested up to three deep: "*", "**" for bullets; "#",
 * "##" or "#*" (numbered with bullets under) for numbered lists.
 */
function writeList(ctx: PageContext, ordered: boolean, budget: number): void {
  const { random } = ctx.words;
  const { out } = ctx;
  const end = out.plainBytes + budget;
  const nested = ordered && random() < 0.5 ? '*' : ordered ? '#' : '*';
  const items = randomInt(random, 2, 8);
  let depth = 1;
  // Two items at least, however little of the budget is left: a list of one is rare.
  for (let i = 0; i < items && (i < 2 || out.plainBytes < end); i++) {
    out.markup(`${ordered ? '#' : '*'}${nested.repeat(depth - 1)} `);
    if (random() < 0.5) {
      writeLink(ctx);
      if (random() < 0.4) {
        out.visible(' – ');
        writeRunningText(ctx, randomInt(random, 30, 150));
      }
    } else writeRunningText(ctx, randomInt(random, 40, 250));
    out.endBlock();
    depth = depth < 3 && random() < 0.25 ? depth + 1 : depth > 1 && random() < 0.5 ? depth - 1 : depth;
  }
  out.markup('\n');
}

function tableCell(ctx: PageContext): string {
  const { random } = ctx.words;
  const r = random();
  if (r < 0.3) return linkMarkup(ctx);
  if (r < 0.55) return runningNumber(random);
  if (r < 0.65) return `style="text-align:right" | ${bigNumber(random)}`;
  if (r < 0.7) return latinName(random);
  return phrase(ctx.words, randomInt(random, 1, 4));
}

/** A wikitable with a caption now and then, a header row and 2–8 rows, cells on one line or one per line. */
function writeTable(ctx: PageContext): void {
  const { random } = ctx.words;
  const columns = randomInt(random, 2, 5);
  const rows = randomInt(random, 2, 8);
  let text = `{| class="wikitable${random() < 0.4 ? ' sortable' : ''}"\n`;
  if (random() < 0.4) text += `|+ ${phrase(ctx.words, randomInt(random, 2, 4))}\n`;
  text += `! ${Array.from({ length: columns }, () => phrase(ctx.words, randomInt(random, 1, 2))).join(' !! ')}\n`;
  for (let row = 0; row < rows; row++) {
    const cells = Array.from({ length: columns }, (_, c) => (c === 0 && random() < 0.5 ? String(year(random)) : tableCell(ctx)));
    text += random() < 0.7 ? `|-\n| ${cells.join(' || ')}\n` : `|-\n${cells.map((cell) => `| ${cell}`).join('\n')}\n`;
  }
  ctx.out.markup(`${text}|}\n\n`);
}

/** An image: a file name in either script, thumb options, a caption with a link now and then. */
export function writeImage(ctx: PageContext): void {
  const { random } = ctx.words;
  const prefix = random() < 0.85 ? 'ไฟล์' : random() < 0.5 ? 'File' : 'ภาพ';
  const name = random() < 0.5 ? phrase(ctx.words, randomInt(random, 1, 3)) : `${latinName(random).replace(/ /g, '_')}_${year(random)}`;
  const extension = pick(random, ['jpg', 'jpg', 'png', 'svg', 'JPG']);
  const options = pick(random, ['thumb', 'thumb|right', 'thumb|250px', 'thumb|left|200px', 'upright|thumb']);
  const caption = random() < 0.3 ? `${phrase(ctx.words, 2)} ${linkMarkup(ctx)}` : phrase(ctx.words, randomInt(random, 2, 6));
  ctx.out.markup(`[[${prefix}:${name}.${extension}|${options}|${caption}]]\n`);
}

/** Blocks until about `budget` visible bytes are written; text never runs out, so this ends. */
export function writeBlocks(ctx: PageContext, budget: number): void {
  const { random } = ctx.words;
  const { out } = ctx;
  const end = out.plainBytes + budget;
  while (out.plainBytes < end) {
    const r = random();
    const left = end - out.plainBytes;
    if (r < 0.7) writeParagraph(ctx, Math.min(left, randomInt(random, 250, 1400)));
    else if (r < 0.82) writeList(ctx, false, left);
    else if (r < 0.88) writeList(ctx, true, left);
    else if (r < 0.93) writeTable(ctx);
    else if (r < 0.98) writeImage(ctx);
    else writeParagraph(ctx, Math.min(left, randomInt(random, 100, 400)));
  }
}
