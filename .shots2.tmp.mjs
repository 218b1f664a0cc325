import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const csv = readFileSync('data/fixtures/events-agents.csv', 'utf8');
const actors = JSON.stringify({ version: 1, actors: [
  { id: 'israel', label: 'Israel', color: '#1f77b4' }, { id: 'united-states', label: 'United States', color: '#d62728' }, { id: 'kenya', label: 'Kenya', color: '#2ca02c' } ]});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--font-render-hinting=none'] });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
const page = await ctx.newPage();
await page.route('**/events.csv', (r) => r.fulfill({ status: 200, contentType: 'text/csv', body: csv }));
await page.route('**/actors.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: actors }));
await page.goto('http://127.0.0.1:4392/#lanes=agent');
await page.waitForFunction(() => window.__timeline?.ready === true);
await page.evaluate(() => window.__timeline.whenIdle());
const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('#export-png').click()]);
await dl.saveAs('/tmp/shots/export.png');
const [dl2] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
await dl2.saveAs('/tmp/shots/export.csv');
await browser.close();
