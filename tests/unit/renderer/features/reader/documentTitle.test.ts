import { describe, expect, it } from 'vitest';
import { documentTitle } from '../../../../../renderer/features/reader/documentTitle';

describe('documentTitle', () => {
  it('isolates the article title (FSI … PDI) before the app name', () => {
    expect(documentTitle('ชื่อเรื่อง', 'อักษร')).toBe('\u2068ชื่อเรื่อง\u2069 — อักษร');
    expect(documentTitle('עברית 2', 'Aksorn')).toBe('\u2068עברית 2\u2069 — Aksorn');
  });

  it('is the app name alone while no article is open', () => {
    expect(documentTitle(null, 'อักษร')).toBe('อักษร');
  });
});
