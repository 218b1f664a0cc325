import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { ActorsFile } from '../src/model/actor';
import { UNKNOWN_ACTOR_LABEL } from '../src/model/actor';
import { TimelineApp } from './app';

// The build's own data: whatever `npm run extract` wrote, read back here rather than assumed.
const DIST = new URL('../dist/', import.meta.url);

test('the bundled events.csv opens with every row drawn, no problems, and labelled lanes', async ({
  page,
}) => {
  const csv = await readFile(new URL('events.csv', DIST), 'utf8');
  const actors = JSON.parse(await readFile(new URL('actors.json', DIST), 'utf8')) as ActorsFile;
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

  const app = await TimelineApp.open(page, { bundled: true });
  const s = await app.state();
  expect(s.totalCount).toBe(rows.length);
  expect(s.problems).toBe(0);
  expect(s.visibleMarks + s.clusters).toBeGreaterThan(0);
  await expect(page.locator('#dataset-name')).toContainText('events');
  expect(await app.shownEventCount()).toBe(rows.length);

  const labelOf = new Map(actors.actors.map((a) => [a.id, a.label]));
  const expected = s.lanes.map((id) => (id === '' ? UNKNOWN_ACTOR_LABEL : (labelOf.get(id) ?? id)));
  expect(await app.laneLabels()).toEqual(expected);
  expect(new Set(s.lanes)).toEqual(new Set(rows.map((r) => r.actor ?? '')));
  expect(app.pageErrors).toEqual([]);
});
