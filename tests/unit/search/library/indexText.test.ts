/** What the indexes hold, and the shortcut search takes around folding: checked against fold itself. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldHazardsIn, foldText, foldsToItselfOnly, hazardsFor, isThai } from '../../../../common/fold.js';
import { pairToken, pairTokens, sectionGramText } from '../../../../main/search/library/indexText.js';

// Thai letters, marks and digits, Latin of both cases, accents, separators and the hazards themselves.
const alphabet = [...'กขคงจฉชซญดตถทนบปผพฟมยรลวศสหอฮะัาำิีึืุูเแโใไ็่้๊๋์ๆฯ๐๑๒๓๔๕๖๗๘๙', ...'abcxyzABCXYZ0129éÉİǅ\u212aÅﬁ²ª–“Ａ', ' ', '.', ',', '-', '\n', '\u00a0', '\u200b', '\u00ad', '\ufeff', '\u0e4d', '\u0301', '😀'];
const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((chars) => chars.join(''));

describe('fold', () => {
  it('gives exactly what foldText gives, for any mix of scripts, marks and separators', () => {
    fc.assert(fc.property(text, (original) => fold(original) === foldText(original.normalize('NFC')).text), { numRuns: 3000 });
  });
});

describe('fold hazards', () => {
  it('make the stored text a safe stand-in: without them, a needle that folds to itself is in the fold exactly where it is in the text (lowercased, for a Latin needle)', () => {
    // Half the needles are taken from the text's own fold, so that "found" is tested as much as "absent".
    const sample = fc.record({ original: text, other: text, own: fc.boolean(), at: fc.nat(40), length: fc.integer({ min: 1, max: 6 }) });
    fc.assert(
      fc.property(sample, ({ original, other, own, at, length }) => {
        const nfc = original.normalize('NFC');
        const wanted = (own ? fold(nfc) : fold(other)).slice(at % 40, (at % 40) + length).trim();
        if (wanted === '' || !foldsToItselfOnly(wanted) || (foldHazardsIn(nfc) & hazardsFor(wanted)) !== 0) return true;
        const lowered = isThai(wanted) ? nfc : nfc.replace(/[A-Z]/g, (c) => c.toLowerCase());
        return fold(nfc).includes(wanted) === lowered.includes(wanted);
      }),
      { numRuns: 5000 },
    );
  });

  it('include every character whose fold makes a character that folds to itself, or nothing', () => {
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (foldsToItselfOnly(char)) continue;
      // Inside a word, so that a separator's space is kept and a dropped character shows.
      const made = fold(`x${char}x`).slice(1, -1);
      // Capitals are the exception: search lowercases the text as fold does (SQL's lower()).
      const makesLatin = made === '' || (/[a-z0-9]/.test(made) && !/[A-Z]/.test(char));
      const makesThai = made === '' || /[\u0e01-\u0e3a\u0e40-\u0e4c\u0e4e]/.test(made) || code === 0x0e4d;
      if (makesLatin) expect(foldHazardsIn(char) & hazardsFor('a'), `U+${code.toString(16)}`).not.toBe(0);
      if (makesThai) expect(foldHazardsIn(char) & hazardsFor('ก'), `U+${code.toString(16)}`).not.toBe(0);
    }
  });

  it('are found where they are', () => {
    expect(foldHazardsIn('กรุงเทพ abc')).toBe(0);
    expect(foldHazardsIn('ก\u200bข')).toBe(3);
    expect(foldHazardsIn('Bangkok')).toBe(0);
    expect(foldHazardsIn('Bângkok')).toBe(2);
    expect([hazardsFor('กรุง'), hazardsFor('abc'), hazardsFor('ก1')]).toEqual([1, 3, 3]);
  });
});

describe('pairs', () => {
  it('are each distinct pair of neighbouring characters, none across a space or line, as one ASCII token', () => {
    expect(pairToken('ป่')).toBe('02sb02tk');
    expect(pairTokens('ป่า ป่า\nab').split(' ')).toEqual([pairToken('ป่'), pairToken('่า'), pairToken('ab')]);
    expect(pairTokens('a 😀b').split(' ')).toEqual([pairToken('😀b')]);
  });

  it('hold every 2-character needle of the text the grams hold', () => {
    fc.assert(
      fc.property(text, text, (heading, body) => {
        const grams = sectionGramText({ id: 's', heading, text: body });
        const tokens = new Set(pairTokens(grams).split(' '));
        return grams.split(/[ \n]/).every((run) => {
          const chars = Array.from(run);
          return chars.slice(1).every((char, i) => tokens.has(pairToken(`${chars[i]}${char}`)));
        });
      }),
    );
  });
});
