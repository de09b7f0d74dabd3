// Debian's Chromium driven by playwright-core: nothing is downloaded, and the
// flags keep the browser from reaching out on its own (updates, sync, QUIC probes).
// Playwright gives every launch a fresh temporary profile (--user-data-dir) and
// removes it on close.
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
