import { expect } from 'vitest';
import type { APIResponse, Browser, BrowserContext, Page } from 'playwright-core';
import { newContext, watchErrors } from './server.js';

/** Sign in through the login page as a demo user (password demo12345). */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('demo12345');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(/\/admin\/?$/);
  await page.getByRole('navigation', { name: '主菜单' }).waitFor();
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors (asserted empty at the end). */
  errors: string[];
}

/** A browser context signed in as `username`. */
export async function openSession(browser: Browser, baseUrl: string, username: string): Promise<Session> {
  const context = await newContext(browser, baseUrl);
  const page = await context.newPage();
  const errors = watchErrors(page);
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await signIn(page, username);
  return { context, page, errors };
}

/** Confirm the open Popconfirm. */
export async function confirmPopover(page: Page): Promise<void> {
  const popover = page.locator('.ant-popconfirm:visible').last();
  await popover.waitFor();
  // a click while the popover still zooms in can miss its button: wait for the motion to end
  await page
    .waitForFunction(
      () => ![...document.querySelectorAll('.ant-popconfirm')].some((el) => /zoom|motion/.test(el.className)),
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  await popover.getByRole('button', { name: /确\s*定/ }).click();
}

/**
 * Pick an option of the antd Select opened by clicking `trigger`, by its exact visible text; checked
 * afterwards (the chosen text shows in the select), and tried again when a click was lost while the
 * dropdown was still moving.
 */
export async function pick(page: Page, trigger: ReturnType<Page['locator']>, option: string): Promise<void> {
  const select = trigger.locator(
    'xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]',
  );
  for (let attempt = 1; ; attempt += 1) {
    await trigger.click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: new RegExp(`^${option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
      .first()
      .click();
    const chosen = await select
      .locator('.ant-select-content-has-value, .ant-select-selection-item', { hasText: option })
      .first()
      .waitFor({ timeout: 3_000 })
      .then(() => true)
      .catch(() => false);
    if (chosen || attempt >= 3) return;
  }
}

export async function apiOf(page: Page) {
  const me = await page.request.get('/api/v1/auth/me');
  const { csrfToken, user } = (await me.json()) as { csrfToken: string; user: { id: string } };
  const headers = { 'x-csrf-token': csrfToken };
  const ok = async (res: APIResponse, what: string) => {
    expect(res.status(), `${what}: ${await res.text()}`).toBeLessThan(300);
    return (await res.json()) as Record<string, unknown>;
  };
  return {
    userId: user.id,
    get: async (path: string) => ok(await page.request.get(path), `GET ${path}`),
    post: async (path: string, data: unknown) =>
      ok(await page.request.post(path, { data, headers }), `POST ${path}`),
    put: async (path: string, data: unknown) =>
      ok(await page.request.put(path, { data, headers }), `PUT ${path}`),
    upload: async (path: string, multipart: Parameters<Page['request']['post']>[1]) =>
      ok(await page.request.post(path, { ...multipart, headers }), `POST ${path}`),
  };
}
