// Finds a Chromium for Playwright: its own download if installed, else a system Chromium or Chrome.
// Shared by playwright.config.ts, the benchmarks and ensure-browser.mjs so they all agree.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Flags that keep Chromium from stalling on network look-ups in closed sandboxes. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--force-device-scale-factor=1',
  '--font-render-hinting=none',
];

/** @returns {string | undefined} an executable path, or undefined when Playwright's own browser should be used. */
export function findBrowser() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined;
  } catch {
    // Playwright throws when its browser registry has no entry; fall through to system browsers.
  }
  return SYSTEM_BROWSERS.find((p) => p && existsSync(p));
}

/** True when some browser (Playwright's or the system's) can be launched. */
export function hasBrowser() {
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return true;
  } catch {
    // no Playwright browser
  }
  return SYSTEM_BROWSERS.some((p) => p && existsSync(p));
}
