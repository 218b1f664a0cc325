import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { TimelineApp } from './app';

const ARTICLE = readFileSync(new URL('../data/fixtures/articles/ap-gaza-diplomacy.txt', import.meta.url));

/** Pastes `text` into the article box the way the browser delivers a paste: one event with the text. */
async function paste(page: Page, text: string): Promise<void> {
  await page.locator('#article-text').evaluate((box, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test.describe('add article', () => {
  test('a chosen .txt file has its date proposed and its events added', async ({ page }) => {
    const app = await TimelineApp.open(page);
    const before = (await app.state()).totalCount;
    await page.locator('#add-article').click();
    await page.locator('#article-choose').click();
    await page.setInputFiles('#article-file', { name: 'gaza.txt', mimeType: 'text/plain', buffer: ARTICLE });
    await expect(page.locator('#article-ref-date')).toHaveValue('2024-08-22');
    await expect(page.locator('#article-ref-source')).toContainText('found in the article');
    await page.locator('#article-submit').click();
    await expect(page.locator('#add-article-dialog')).toBeHidden();
    const s = await app.until((st) => st.totalCount > before, 'article events added');
    expect(s.totalCount).toBeGreaterThan(before);
    expect(app.pageErrors).toEqual([]);
  });

  test('a .txt file dropped on the dialog is read into it', async ({ page }) => {
    await TimelineApp.open(page);
    await page.locator('#add-article').click();
    await page.locator('#add-article-dialog').evaluate(
      (dialog, bytes) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(bytes)], 'dropped.txt', { type: 'text/plain' }));
        for (const type of ['dragover', 'drop'])
          dialog.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
      },
      [...ARTICLE],
    );
    await expect(page.locator('#article-text')).toHaveValue(/Blinken meets Egypt/);
    await expect(page.locator('#article-ref-date')).toHaveValue('2024-08-22');
  });

  test('a 5 MB paste is shown as a preview, not rendered into the text box, and can be added', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page);
    await page.locator('#add-article').click();
    const paragraph = ARTICLE.toString('utf8').split('\n\n').slice(3).join('\n\n');
    let big = ARTICLE.toString('utf8');
    while (big.length < 5 * 1024 * 1024) big += `\n\n${paragraph}`;
    await paste(page, big);
    await expect(page.locator('#article-preview')).toBeVisible();
    await expect(page.locator('#article-preview-name')).toContainText('5.0 MB');
    await expect(page.locator('#article-preview-text')).toContainText('Blinken meets Egypt');
    expect(await page.locator('#article-text').inputValue()).toBe('');
    await expect(page.locator('#article-ref-date')).toHaveValue('2024-08-22');
    await page.locator('#article-clear').click();
    await expect(page.locator('#article-preview')).toBeHidden();
    await expect(page.locator('#article-text')).toBeVisible();
    expect(app.pageErrors).toEqual([]);
  });

  test('binary data is refused with a clear message before any work, pasted or chosen', async ({ page }) => {
    const app = await TimelineApp.open(page);
    await page.locator('#add-article').click();
    const junk = Buffer.alloc(64 * 1024);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 2654435761) >>> 24;
    await page.setInputFiles('#article-file', { name: 'photo.txt', mimeType: 'text/plain', buffer: junk });
    await expect(page.locator('#article-status')).toContainText('Not added: photo.txt');
    await expect(page.locator('#article-status')).toContainText('binary data');
    expect(await page.locator('#article-text').inputValue()).toBe('');
    await expect(page.locator('#article-ref-source')).toHaveText('');

    await paste(page, junk.toString('latin1'));
    await expect(page.locator('#article-status')).toContainText('Not added: the pasted text: binary data');
    expect(await page.locator('#article-text').inputValue()).toBe('');
    expect(app.pageErrors).toEqual([]);
  });
});
