import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../test/support/child-server.js';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ARTIFACTS = join(ROOT, 'e2e', 'artifacts');
const SERVER_ENTRY = join(ROOT, 'dist', 'server', 'main.js');
const WEB_INDEX = join(ROOT, 'dist', 'web', 'index.html');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  /** Everything the server printed (for failure messages). */
  output: () => string;
  stop: () => Promise<void>;
}

function assertBuilt(): void {
  const missing = [SERVER_ENTRY, WEB_INDEX].filter((f) => !existsSync(f));
  if (missing.length > 0) {
    throw new Error(
      `The browser tests need a build: missing ${missing.join(', ')}.\nRun \`npm run build\` first, then \`npm run test:e2e\`.`,
    );
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The server exited early (code ${child.exitCode}, signal ${child.signalCode}).\n${output()}`,
      );
    }
    try {
      const res = await fetch(`${baseUrl}/api/v1/health`);
      if (res.status === 200) return;
      lastError = `HTTP ${res.status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await sleep(250);
  }
  throw new Error(`The server did not become healthy in ${timeoutMs} ms (${lastError}).\n${output()}`);
}

/** Start `node dist/server/main.js` in demo mode on a free port with a fresh data directory. */
export async function startServer(): Promise<RunningServer> {
  assertBuilt();
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'sanxiang-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const chunks: string[] = [];
  const output = () => chunks.join('').slice(-8000);

  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      SANXIANG_MODE: 'demo',
      // the demo's accounts only: each test makes the cases and publications it looks at
      DEMO_CONTENT: 'false',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => chunks.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => chunks.push(d.toString()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, dataDir, output, stop };
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\`.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

export async function newContext(browser: Browser, baseURL: string, mobile = false): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: mobile ? { width: 390, height: 844 } : { width: 1366, height: 860 },
    deviceScaleFactor: 1,
    isMobile: mobile,
    hasTouch: mobile,
  });
}

/**
 * Collect uncaught page errors and console errors (asserted empty by the tests). The browser's own
 * "Failed to load resource … status of 4xx" lines are left out: the tests provoke and check those answers.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    const text = m.text();
    if (m.type() !== 'error' || /Failed to load resource: .*status of 4\d\d/.test(text)) return;
    errors.push(`console: ${text}`);
  });
  return errors;
}

/** Wait until requests, loading spinners and antd's open/close animations have finished. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () => document.querySelectorAll('.ant-spin-spinning, .ant-spin-blur').length === 0,
  );
  await page.waitForTimeout(400);
}

/** Save `e2e/artifacts/<name>.png` (the whole page, or only the viewport, e.g. with a dialog open). */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  // A full-page shot of a scrolled page draws the sticky header and menu mid-page: start at the top.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await settle(page);
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
}
