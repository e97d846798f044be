import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReaderEvent } from '../../../common/events.js';
import type { ImportJob } from '../../../common/imports.js';
import { leftoverUploads } from '../../../main/import/uploads.js';
import { sampleCore } from '../fixtures.js';

const folder = () => mkdtempSync(join(tmpdir(), 'aksorn-jobs-'));
const textExport = (title: string) => `${title}\n\nย่อหน้าแรก\n\nประวัติ แก้\n\nเนื้อหา\n`;

/** A core over a fresh folder, with every event it raises. */
function core() {
  const dir = folder();
  const opened = sampleCore(dir);
  const events: ReaderEvent[] = [];
  opened.onEvent((event) => events.push(event));
  const ended = (id: string) =>
    new Promise<ImportJob>((resolve) => {
      const check = () => {
        const job = events.flatMap((e) => (e.type === 'importProgress' && e.job.id === id && e.job.finishedAt !== null ? [e.job] : []))[0];
        if (job) resolve(job);
        else setTimeout(check, 20);
      };
      check();
    });
  return { ...opened, dir, events, ended };
}

describe('imports in a worker thread', { timeout: 30_000 }, () => {
  it('imports uploaded files off the main thread, reports progress and tells the library, then removes the uploads', async () => {
    const app = core();
    const ids = [];
    for (const title of ['ดาราศาสตร์', 'ฟิสิกส์']) ids.push(await app.uploads.receive(`${title}.txt`, [Buffer.from(textExport(title))]));
    const job = await app.api.startImport(ids);
    expect(job).toMatchObject({ state: 'running', files: ['ดาราศาสตร์.txt', 'ฟิสิกส์.txt'] });
    const done = await app.ended(job.id);
    expect(done).toMatchObject({ state: 'done', imported: 2, skipped: 0, error: null });
    expect(done.startedAt).not.toBeNull();
    const added = app.events.flatMap((e) => (e.type === 'libraryChanged' ? e.change.added : []));
    expect(added).toEqual(['ดาราศาสตร์', 'ฟิสิกส์']);
    expect((await app.api.getArticle('ฟิสิกส์')).title).toBe('ฟิสิกส์');
    expect((await app.api.listImports())[0]).toMatchObject({ id: job.id, state: 'done' });
    expect(leftoverUploads(app.dir)).toEqual([]);
    app.close();
  });

  it('imports a file staged by its path, and leaves the file where it was', async () => {
    const app = core();
    const path = join(app.dir, 'page.txt');
    writeFileSync(path, textExport('เคมี'));
    const job = await app.api.startImport([app.uploads.stagePath(path)]);
    expect(await app.ended(job.id)).toMatchObject({ state: 'done', imported: 1 });
    expect(leftoverUploads(app.dir)).toEqual([]);
    app.close();
  });

  it('runs one job at a time, and cancels one still queued at once', async () => {
    const app = core();
    const first = await app.api.startImport([await app.uploads.receive('a.txt', [Buffer.from(textExport('หนึ่ง'))])]);
    const second = await app.api.startImport([await app.uploads.receive('b.txt', [Buffer.from(textExport('สอง'))])]);
    expect(second.state).toBe('queued');
    await app.api.cancelImport(second.id);
    expect(await app.ended(second.id)).toMatchObject({ state: 'cancelled', imported: 0 });
    expect(await app.ended(first.id)).toMatchObject({ state: 'done', imported: 1 });
    expect(await app.api.resolveTitles(['หนึ่ง', 'สอง'])).toEqual(['หนึ่ง', null]);
    app.close();
  });

  it('cancels a running job, leaving only whole articles', async () => {
    const app = core();
    const ids = [];
    for (let n = 0; n < 60; n++) ids.push(await app.uploads.receive(`${n}.txt`, [Buffer.from(textExport(`บทความ ${n}`))]));
    const job = await app.api.startImport(ids);
    await app.api.cancelImport(job.id);
    const cancelled = await app.ended(job.id);
    expect(cancelled.state).toBe('cancelled');
    const { articles, total } = await app.api.listArticles({ offset: 0, limit: 100 });
    expect(total).toBe(1 + cancelled.imported);
    for (const { id } of articles) expect((await app.api.getArticle(id)).sections.length).toBeGreaterThan(0);
    app.close();
  });

  it('refuses an upload id it never staged, and one already imported', async () => {
    const app = core();
    await expect(app.api.startImport(['nope'])).rejects.toThrow('uploads[0] "nope" names no file staged for import');
    const id = await app.uploads.receive('a.txt', [Buffer.from(textExport('หนึ่ง'))]);
    await app.ended((await app.api.startImport([id])).id);
    await expect(app.api.startImport([id])).rejects.toThrow('names no file staged for import');
    await expect(app.api.cancelImport('nope')).rejects.toThrow('id "nope" names no import');
    app.close();
  });
});
