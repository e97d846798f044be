/** Accessibility scans with axe, as the specs run them. */
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';

/**
 * Runs an axe scan for WCAG 2.1 A/AA, prints its counts and answers the
 * serious and critical violations: of the whole page, or of the part
 * `include` selects (a long article makes whole-page scans slow).
 */
export async function scan(page: Page, testInfo: TestInfo, label: string, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const results = await (include ? builder.include(include) : builder).analyze();
  const severe = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const summary = `axe ${label}: ${results.violations.length} violations, ${severe.length} serious or critical${
    results.violations.length ? ` (${results.violations.map((v) => `${v.id}:${v.impact}`).join(', ')})` : ''
  }`;
  console.log(summary);
  await testInfo.attach(`axe-${label}`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
  return severe.map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target.join(' ')) }));
}
