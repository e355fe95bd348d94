import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, onTestFailed } from 'vitest';
import { launchBrowser, newContext, startServer, watchErrors, type RunningServer } from './server.js';
import { openSession, type Session } from './ui.js';

/**
 * One built server and one browser for a test file, with signed-in sessions that are closed at the
 * end and photographed when a test fails (`e2e/artifacts/<prefix>-failure-N.png`).
 */
export function browserHarness(prefix: string) {
  let server: RunningServer;
  let browser: Browser;
  const sessions: Session[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const s of sessions) await s.context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  /** A new browser context signed in as `username`. */
  const session = async (username: string): Promise<Session> => {
    const s = await openSession(browser, server.baseUrl, username);
    sessions.push(s);
    return s;
  };
  /** A new browser context without a session (a visitor of the portal), on a phone when `mobile`. */
  const visitor = async (mobile = false): Promise<Session> => {
    const context = await newContext(browser, server.baseUrl, mobile);
    const page = await context.newPage();
    const s = { context, page, errors: watchErrors(page) };
    sessions.push(s);
    return s;
  };
  const shootOnFailure = (): void => {
    onTestFailed(async () => {
      await Promise.all(
        sessions.map((s, i) =>
          s.page
            .screenshot({ path: `e2e/artifacts/${prefix}-failure-${i + 1}.png`, fullPage: true })
            .catch(() => undefined),
        ),
      );
    });
  };
  /** Uncaught page errors and console errors of every session so far (asserted empty). */
  const pageErrors = (): string[] => sessions.flatMap((s) => s.errors);
  return { session, visitor, shootOnFailure, pageErrors };
}

/** Fill and save the dialog that is open (its 保存 button), then wait for it to close. */
export async function saveDialog(
  page: Page,
  fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill(dialog);
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await dialog.waitFor({ state: 'hidden' });
}
