/** Main's event stream under the test's control: held open until the test sends what it carries. */
import type { Page, Route } from '@playwright/test';
import { eventsPath } from '../../common/events';

/** Holds the page's event stream until `send` answers it with these messages. */
export async function holdEvents(page: Page): Promise<{ send(messages: readonly unknown[]): Promise<void> }> {
  let held: Route | undefined;
  let connected!: () => void;
  const connecting = new Promise<void>((resolve) => (connected = resolve));
  await page.route(`**${eventsPath}`, (route) => {
    // Reconnections after the first answer stay pending: one delivery per test.
    if (held) return;
    held = route;
    connected();
  });
  return {
    async send(messages) {
      await connecting;
      await held!.fulfill({
        status: 200,
        contentType: 'text/event-stream',
        body: messages.map((message) => `data: ${JSON.stringify(message)}\n\n`).join(''),
      });
    },
  };
}
