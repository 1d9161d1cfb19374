import { test as base, expect, type BrowserContext } from '@playwright/test';

/** Aborts every request that leaves this machine, as if the network were down. */
export async function goOffline(context: BrowserContext): Promise<void> {
  await context.route(
    (url) =>
      !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) &&
      url.protocol !== 'data:' &&
      url.protocol !== 'blob:',
    (route) => route.abort('internetdisconnected'),
  );
}

/**
 * Every e2e test runs offline and under the built site's Content Security Policy:
 * - any request that leaves 127.0.0.1/localhost is aborted (the dashboard must work without it);
 * - a `securitypolicyviolation` event, an uncaught page error or a dialog fails the test.
 * Tests that expect page errors (none should) can read `pageProblems` before the check.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page, context }, use) => {
      const problems: string[] = [];
      await goOffline(context);
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          (window as unknown as { __cspViolations: string[] }).__cspViolations ??= [];
          (window as unknown as { __cspViolations: string[] }).__cspViolations.push(
            `${event.violatedDirective} ${event.blockedURI}`,
          );
        });
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await use(problems);
      const violations = await page
        .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
        .catch(() => [] as string[]);
      problems.push(...violations.map((v) => `CSP violation: ${v}`));
      expect(problems, 'page errors, dialogs or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
