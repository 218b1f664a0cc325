import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { ActorsFile } from '../src/model/actor';
import { TimelineApp, fixtureEvents, toCsv } from './app';

/**
 * General news with the predicate and agent columns filled: Gaza ceasefire diplomacy, Boeing's management
 * change, Kenya's finance-bill protests, an AT&T data leak. Boeing, Kenya Airways and AT&T are actors the
 * extractor discovered (not in actors.json): their `actor` cell is their name.
 */
const csv = readFileSync(new URL('../data/fixtures/events-agents.csv', import.meta.url), 'utf8');
const actors: ActorsFile = {
  version: 1,
  actors: [
    { id: 'israel', label: 'Israel', color: '#1f77b4' },
    { id: 'united-states', label: 'United States', color: '#d62728' },
    { id: 'kenya', label: 'Kenya', color: '#2ca02c' },
  ],
};
const ROWS = 13;
const TYPES_PRESENT = 9;

test.describe('lanes by actor or by named entity', () => {
  test('switching the lane key makes a lane per agent, falls back to the actor, and goes back', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page, { csv, actors });
    const byActor = await app.state();
    expect(byActor.totalCount).toBe(ROWS);
    expect(byActor.laneBy).toBe('actor');
    expect(byActor.lanes).toEqual(['israel', 'Boeing', 'kenya', 'united-states', 'AT&T', 'Kenya Airways']);
    // Discovered actors are lanes of their own, labelled with their names.
    expect(await app.laneLabels()).toEqual([
      'Israel',
      'Boeing',
      'Kenya',
      'United States',
      'AT&T',
      'Kenya Airways',
    ]);
    await expect(page.locator('#actor-filter-heading')).toHaveText('Actors');

    // Keyboard: focus the control and pick the other option.
    const control = page.locator('#lane-by');
    await control.focus();
    await control.selectOption('agent');
    const byAgent = await app.until((s) => s.tableLaneBy === 'agent', 'lanes rebuilt by agent');
    expect(byAgent.laneBy).toBe('agent');
    expect(byAgent.totalCount).toBe(ROWS);
    expect(byAgent.filteredCount).toBe(ROWS);
    expect([...byAgent.lanes].sort()).toEqual(
      [
        'Benjamin Netanyahu',
        'Boeing',
        'israel', // "Israel said ...": no agent, so the actor's lane
        'Israel Defense Forces',
        'united-states', // agent "United States" is that actor's label: the same lane
        'John Kirby',
        'Dave Calhoun',
        'Kenya Airways',
        'kenya',
        'William Ruto',
        'AT&T',
      ].sort(),
    );
    expect(byAgent.lanes[0]).toBe('Benjamin Netanyahu');
    const labels = await app.laneLabels();
    expect(labels).toContain('Benjamin Netanyahu');
    expect(labels).toContain('Israel');
    expect(labels).not.toContain('No actor named');
    await expect(page.locator('#actor-filter-heading')).toHaveText('Named entities');
    await expect(page.locator('#actor-filter input[data-actor="William Ruto"]')).toBeChecked();
    await expect.poll(() => new URL(page.url()).hash).toContain('lanes=agent');

    const back = await app.act(() => control.selectOption('actor'));
    await app.until((s) => s.tableLaneBy === 'actor', 'lanes rebuilt by actor');
    expect((await app.state()).lanes).toEqual(byActor.lanes);
    expect(back.totalCount).toBe(ROWS);
    await expect.poll(() => new URL(page.url()).hash).not.toContain('lanes=');
  });

  test('a link with lanes=agent opens with a lane per agent, and Back returns to lanes by actor', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page, { csv, actors, hash: 'lanes=agent' });
    const s = await app.state();
    expect(s.tableLaneBy).toBe('agent');
    expect(s.lanes).toContain('Dave Calhoun');
    await expect(page.locator('#lane-by')).toHaveValue('agent');

    await app.act(() => page.locator('#lane-by').selectOption('actor'));
    await app.until((st) => st.tableLaneBy === 'actor');
    await page.goBack();
    const again = await app.until((st) => st.tableLaneBy === 'agent', 'Back restores lanes by agent');
    expect(again.lanes).toContain('Dave Calhoun');
    await expect(page.locator('#lane-by')).toHaveValue('agent');
  });

  test('hiding a named entity hides its lane, and search finds predicates and agents', async ({ page }) => {
    const app = await TimelineApp.open(page, { csv, actors, hash: 'lanes=agent' });
    const hidden = await app.act(() =>
      page.locator('#actor-filter input[data-actor="Benjamin Netanyahu"]').uncheck(),
    );
    expect(hidden.hiddenActors).toEqual(['Benjamin Netanyahu']);
    expect(hidden.filteredCount).toBe(ROWS - 2);
    expect(hidden.lanes).not.toContain('Benjamin Netanyahu');
    await app.click('#clear-filters');

    await page.locator('#search').fill('apologize');
    const found = await app.until((st) => st.searchText === 'apologize' && st.filteredCount === 1);
    expect(found.visibleMarks + found.clusters).toBeGreaterThan(0);
    await page.locator('#search').fill('kirby');
    expect((await app.until((st) => st.searchText === 'kirby')).filteredCount).toBe(1);
  });

  test('the detail panel shows what happened, who acted and why an undated row has its date', async ({
    page,
  }) => {
    await TimelineApp.open(page, {
      csv,
      actors,
      hash: 'from=2023-12-20&to=2024-01-20&sel=kq-apology',
    });
    const panel = page.locator('#detail-panel');
    await expect(panel).toBeVisible();
    await expect(panel.locator('.detail-meta')).toHaveText('Kenya Airways · other');
    const facts = panel.locator('.detail-facts');
    await expect(facts).toContainText('What');
    await expect(facts.locator('dt:has-text("What") + dd')).toHaveText('apologize');
    await expect(facts.locator('dt:has-text("Agent") + dd')).toHaveText('Kenya Airways');
    await expect(facts.locator('dt:has-text("Date from") + dd')).toHaveText(
      /sentence has no date: dated at the article's publication date, 2024-01-06, so the day is approximate/,
    );
  });

  test('the type filter and the legend list only the types present, grouped by family; a family folds and toggles', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page, { csv, actors });
    await expect(page.locator('#type-filter input[data-type]')).toHaveCount(TYPES_PRESENT);
    await expect(page.locator('#legend .legend-row[data-type]')).toHaveCount(TYPES_PRESENT);
    await expect(page.locator('#legend .legend-family')).toHaveText([
      'Diplomacy and statements',
      'Conflict and military',
      'Politics',
      'Justice',
      'Business',
      'Personnel',
      'Other',
    ]);
    await expect(page.locator('#legend .legend-row[data-type="financial-results"]')).toHaveText(
      'Financial results',
    );

    const personnel = page.locator('#type-filter .type-family[data-family="personnel"]');
    const fold = personnel.locator('.family-toggle');
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
    await expect(personnel.locator('input[data-type="resignation"]')).toBeVisible();
    await fold.focus();
    await page.keyboard.press('Enter');
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    await expect(personnel.locator('input[data-type="resignation"]')).toBeHidden();

    const off = await app.act(() => personnel.locator('input[data-family="personnel"]').uncheck());
    expect(off.filteredCount).toBe(ROWS - 2);
    await expect.poll(() => new URL(page.url()).hash).toContain('hidetypes=personnel');
    const on = await app.act(() => personnel.locator('input[data-family="personnel"]').check());
    expect(on.filteredCount).toBe(ROWS);
  });

  test('a large file, built in the table worker, switches lanes there too', async ({ page }) => {
    // About 1.3 MB: past the size at which loading moves to the worker.
    const options = { n: 3000, seed: 4, actors: 6, years: 2, startYear: 2021 };
    const events = fixtureEvents(options);
    const app = await TimelineApp.open(page, { csv: toCsv(events) });
    expect((await app.state()).totalCount).toBe(events.length);
    await app.act(() => page.locator('#lane-by').selectOption('agent'));
    const s = await app.until((st) => st.tableLaneBy === 'agent', 'worker rebuilt the lanes');
    expect(s.totalCount).toBe(events.length);
    const speakers = new Set(events.filter((e) => e.agent && e.people.includes(e.agent)).map((e) => e.agent));
    expect(speakers.size).toBeGreaterThan(0);
    for (const person of speakers) expect(s.lanes).toContain(person);
  });
});
