import { describe, expect, it } from 'vitest';
import type { Article, Run } from '../../../../../common/article';
import { limits } from '../../../../../common/limits';
import { linkTitle, linkTitlesOf, linkView, resolveLinkTargets } from '../../../../../renderer/features/links/linkTargets';

const link = (title: string): Run => ({ text: `ข้อความของ ${title}`, link: title });

function articleWith(lead: readonly Run[], ...sections: (readonly Run[])[]): Article {
  return {
    id: 'a',
    title: 'บทความ',
    lang: 'th',
    lead: [{ runs: lead }],
    sections: sections.map((runs, index) => ({ id: `s${index}`, heading: `หัวข้อ ${index}`, level: 2, paragraphs: [{ runs }] })),
    hasReferenceList: true,
  };
}

describe('linkTitle', () => {
  it('drops the fragment and the spaces around the title', () => {
    expect(linkTitle('กรุงเทพมหานคร')).toBe('กรุงเทพมหานคร');
    expect(linkTitle('Bangkok#History')).toBe('Bangkok');
    expect(linkTitle('  Bangkok  #a#b')).toBe('Bangkok');
  });

  it('names no article for a link within its own page', () => {
    expect(linkTitle('#History')).toBeNull();
    expect(linkTitle('   ')).toBeNull();
    expect(linkTitle('')).toBeNull();
  });
});

describe('linkTitlesOf', () => {
  it('lists each title once, in the order links first name it, lead first', () => {
    const article = articleWith(
      [{ text: 'ก่อน ' }, link('ข'), { cite: '1' }, link('ก#ส่วน')],
      [link('ก'), { citationNeeded: true }, link('ค')],
      [link('ข'), link('#ในหน้า')],
    );
    expect(linkTitlesOf(article)).toEqual(['ข', 'ก', 'ค']);
  });

  it('leaves out titles longer than any title, which the contract would refuse', () => {
    const long = 'ก'.repeat(limits.title + 1);
    expect(linkTitlesOf(articleWith([link(long), link('ก'.repeat(limits.title))]))).toEqual(['ก'.repeat(limits.title)]);
  });

  it('finds none in an article without links', () => {
    expect(linkTitlesOf(articleWith([{ text: 'ไม่มีลิงก์' }]))).toEqual([]);
  });
});

describe('resolveLinkTargets', () => {
  it('asks once for a few titles, and maps each to its answer', async () => {
    const asked: string[][] = [];
    const targets = await resolveLinkTargets(async (titles) => {
      asked.push(titles);
      return titles.map((title) => (title === 'ก' ? 'id-ก' : null));
    }, ['ก', 'ข']);
    expect(asked).toEqual([['ก', 'ข']]);
    expect([...targets]).toEqual([
      ['ก', 'id-ก'],
      ['ข', null],
    ]);
  });

  it('asks in chunks the contract takes when there are more titles than one call allows', async () => {
    const titles = Array.from({ length: limits.titlesPerCall * 2 + 3 }, (_, i) => `t${i}`);
    const asked: number[] = [];
    const targets = await resolveLinkTargets(async (chunk) => {
      asked.push(chunk.length);
      return chunk.map((title) => `id-${title}`);
    }, titles);
    expect(asked).toEqual([limits.titlesPerCall, limits.titlesPerCall, 3]);
    expect(targets.size).toBe(titles.length);
    expect(targets.get(`t${titles.length - 1}`)).toBe(`id-t${titles.length - 1}`);
  });

  it('rejects an answer that does not match its question', async () => {
    await expect(resolveLinkTargets(async () => ['x'], ['ก', 'ข'])).rejects.toThrow('1 ids for 2 titles');
  });

  it('does not ask about no titles', async () => {
    let calls = 0;
    const targets = await resolveLinkTargets(async () => {
      calls++;
      return [];
    }, []);
    expect(calls).toBe(0);
    expect(targets.size).toBe(0);
  });
});

describe('linkView', () => {
  const targets = new Map([
    ['กรุงเทพมหานคร', 'bangkok'],
    ['ไม่มี', null],
  ]);

  it('shows a link to an article the library has, by its id', () => {
    expect(linkView('กรุงเทพมหานคร', targets)).toEqual({ kind: 'article', articleId: 'bangkok', title: 'กรุงเทพมหานคร' });
    expect(linkView('กรุงเทพมหานคร#ประวัติ', targets)).toEqual({ kind: 'article', articleId: 'bangkok', title: 'กรุงเทพมหานคร' });
  });

  it('marks a link the library has no article for', () => {
    expect(linkView('ไม่มี', targets)).toEqual({ kind: 'missing', title: 'ไม่มี' });
    expect(linkView('ก'.repeat(limits.title + 1), null)).toEqual({ kind: 'missing', title: 'ก'.repeat(limits.title + 1) });
  });

  it('shows plain text until the library answers, for a title it was not asked about, and for a link within the page', () => {
    expect(linkView('กรุงเทพมหานคร', null)).toEqual({ kind: 'text' });
    expect(linkView('เชียงใหม่', targets)).toEqual({ kind: 'text' });
    expect(linkView('#ประวัติ', targets)).toEqual({ kind: 'text' });
  });
});
