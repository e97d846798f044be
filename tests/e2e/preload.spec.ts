/** The built preload runs in Electron's sandbox, where `require` knows only Electron's own modules. */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

test('the built preload requires nothing but electron', async () => {
  const preload = await readFile('out/preload/preload.cjs', 'utf8');
  const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
  expect([...new Set(required)]).toEqual(['electron']);
});
