import { expect, test } from '@playwright/test';
import { TimelineApp, fixtureEvents } from './app';

const events = fixtureEvents();
const withEverything = events.find((e) => e.quantity !== null && e.people.length > 0 && e.article_title);

test.describe('table view columns', () => {
  test('a row shows quantity, people, source and confidence, and marks the search words', async ({
    page,
  }) => {
    if (!withEverything) throw new Error('the fixture has no event with a quantity, people and an article');
    const app = await TimelineApp.open(page);
    const person = withEverything.people[0] ?? '';
    const word = person.split(' ')[0] ?? '';
    await page.locator('#search').fill(word);
    await app.until((st) => st.searchText === word);
    await page.locator('#view-toggle').click();

    const headers = await page.locator('#table-view th').allTextContents();
    expect(headers).toEqual(
      expect.arrayContaining(
        ['Quantity', 'People', 'Source', 'Confidence'].map((h) => expect.stringContaining(h)),
      ),
    );
    const row = page.locator(`#table-view tbody tr[data-id="${withEverything.id}"]`);
    await expect(row.locator('td.col-quantity')).toHaveText(
      `${withEverything.quantity?.toLocaleString('en')} ${withEverything.quantity_unit}`,
    );
    await expect(row.locator('td.col-people')).toContainText(person);
    await expect(row.locator('td.col-source')).toHaveText(withEverything.article_title);
    await expect(row.locator('td.col-source')).toHaveAttribute(
      'title',
      new RegExp(withEverything.article_id),
    );
    await expect(row.locator('td.col-confidence')).toHaveText(withEverything.confidence.toFixed(2));
    await expect(row.locator('td.col-people mark.search-match').first()).toHaveText(word);
  });

  test('sorting by quantity puts the largest count first', async ({ page }) => {
    await TimelineApp.open(page);
    await page.locator('#view-toggle').click();
    const header = page.locator('#table-view th', { hasText: 'Quantity' });
    await header.locator('button').click();
    await header.locator('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    const largest = Math.max(...events.map((e) => e.quantity ?? -1));
    await expect(page.locator('#table-view tbody tr').first().locator('td.col-quantity')).toContainText(
      largest.toLocaleString('en'),
    );
  });
});
