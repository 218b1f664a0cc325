import { describe, expect, it } from 'vitest';
import type { SessionStep } from '../model/saved-session';
import { generateSyntheticEvents } from '../synthetic/synthetic-events';
import type { SavedStatus } from './saved-data-keeper';
import { SavedDataKeeper } from './saved-data-keeper';
import type { SavedDataStore, SavedSession, StoreResult } from './saved-data-store';
import { MemorySavedDataStore } from './saved-data-store';

const file = (name: string, mode: 'replace' | 'merge', local = true, size = 100): SessionStep<Blob> => ({
  kind: 'csv',
  mode,
  name,
  source: new Blob(['x'.repeat(size)]),
  bytes: size,
  local,
});
const records = [...generateSyntheticEvents({ n: 2, seed: 3, actors: 1, years: 1, startYear: 2023 })];

function keeperWith(store: SavedDataStore, t = 1_000) {
  const statuses: SavedStatus[] = [];
  const keeper = new SavedDataKeeper(
    store,
    () => t,
    (s) => statuses.push(s),
  );
  return { keeper, statuses };
}

describe('SavedDataKeeper', () => {
  it('does not write the bundled data alone, and writes the whole session once local data joins it', async () => {
    const store = new MemorySavedDataStore();
    const { keeper } = keeperWith(store);
    await keeper.record(file('events.csv', 'replace', false), 'events.csv', 10);
    expect(store.saves).toBe(0);
    expect(keeper.isLocal).toBe(false);
    await keeper.record(file('more.csv', 'merge'), 'events.csv + more.csv', 15);
    const saved = await store.load();
    expect(saved.ok && saved.value?.steps.map((s) => s.kind === 'csv' && s.name)).toEqual([
      'events.csv',
      'more.csv',
    ]);
    expect(saved.ok && saved.value?.summary).toEqual({
      name: 'events.csv + more.csv',
      rows: 15,
      bytes: 200,
      savedAtMs: 1_000,
    });
    expect(keeper.status).toEqual({ kind: 'saved', summary: saved.ok && saved.value?.summary });
  });

  it('an opened file replaces what was saved; an added article adds to it', async () => {
    const store = new MemorySavedDataStore();
    const { keeper } = keeperWith(store);
    await keeper.record(file('a.csv', 'replace'), 'a.csv', 5);
    await keeper.record(file('b.csv', 'replace'), 'b.csv', 7);
    await keeper.record({ kind: 'articles', name: 'x.txt', records }, 'b.csv + x.txt', 9);
    const saved = await store.load();
    expect(saved.ok && saved.value?.steps.map((s) => s.kind)).toEqual(['csv', 'articles']);
    expect(saved.ok && saved.value?.summary.rows).toBe(9);
  });

  it('a full store is a failed status naming the reason; the screen’s steps and the older save stay', async () => {
    const store = new MemorySavedDataStore(150);
    const { keeper } = keeperWith(store);
    await keeper.record(file('small.csv', 'replace', true, 100), 'small.csv', 3);
    await keeper.record(file('big.csv', 'merge', true, 100), 'small.csv + big.csv', 8);
    const status = keeper.status;
    expect(status.kind).toBe('failed');
    if (status.kind !== 'failed') return;
    expect(status.error).toContain('no more room');
    expect(status.kept?.name).toBe('small.csv');
    expect(keeper.sessionSteps).toHaveLength(2);
    const saved = await store.load();
    expect(saved.ok && saved.value?.summary.name).toBe('small.csv');
  });

  it('a store that throws is reported like a refused write, and later writes still run', async () => {
    let fail = true;
    const inner = new MemorySavedDataStore();
    const flaky: SavedDataStore = {
      load: () => inner.load(),
      clear: () => inner.clear(),
      save: (s: SavedSession): Promise<StoreResult<void>> => {
        if (fail) return Promise.reject(new Error('disk on fire'));
        return inner.save(s);
      },
    };
    const { keeper } = keeperWith(flaky);
    await keeper.record(file('a.csv', 'replace'), 'a.csv', 1);
    expect(keeper.status).toMatchObject({ kind: 'failed', error: 'not saved: disk on fire' });
    fail = false;
    await keeper.record(file('b.csv', 'merge'), 'a.csv + b.csv', 2);
    expect(keeper.status.kind).toBe('saved');
  });

  it('writes land in the order the steps happened, even when an early write is slow', async () => {
    const order: string[] = [];
    const inner = new MemorySavedDataStore();
    let first = true;
    const slow: SavedDataStore = {
      load: () => inner.load(),
      clear: () => inner.clear(),
      save: async (s) => {
        if (first) {
          first = false;
          await new Promise((r) => setTimeout(r, 20));
        }
        order.push(s.summary.name);
        return inner.save(s);
      },
    };
    const { keeper } = keeperWith(slow);
    void keeper.record(file('a.csv', 'replace'), 'a.csv', 1);
    await keeper.record(file('b.csv', 'merge'), 'a.csv + b.csv', 2);
    expect(order).toEqual(['a.csv', 'a.csv + b.csv']);
    const saved = await inner.load();
    expect(saved.ok && saved.value?.summary.name).toBe('a.csv + b.csv');
  });

  it('clearing removes the saved session; with forget, the next step does not bring the old ones back', async () => {
    const store = new MemorySavedDataStore();
    const { keeper } = keeperWith(store);
    await keeper.record(file('a.csv', 'replace'), 'a.csv', 1);
    expect((await keeper.clear(false)).ok).toBe(true);
    expect(keeper.status).toEqual({ kind: 'none' });
    expect((await store.load()).ok && (await store.load())).toMatchObject({ value: null });
    // Without forget the shown data is still the user's: another change saves it again with it.
    await keeper.record({ kind: 'articles', name: 'x.txt', records }, 'a.csv + x.txt', 3);
    const again = await store.load();
    expect(again.ok && again.value?.steps).toHaveLength(2);
    await keeper.clear(true);
    expect(keeper.sessionSteps).toEqual([]);
    await keeper.record(file('events.csv', 'replace', false), 'events.csv', 10);
    expect((await store.load()).ok && (await store.load())).toMatchObject({ value: null });
  });

  it('restoring adopts the saved steps; a failed restore keeps the session in storage and says why', async () => {
    const store = new MemorySavedDataStore();
    const first = keeperWith(store).keeper;
    await first.record(file('a.csv', 'replace'), 'a.csv', 4);
    const { keeper } = keeperWith(store);
    const session = await keeper.read();
    expect(session?.summary.rows).toBe(4);
    if (!session) return;
    keeper.restored(session);
    expect(keeper.isLocal).toBe(true);
    expect(keeper.status.kind).toBe('saved');
    keeper.restoreFailed(session, 'a.csv did not load');
    expect(keeper.status).toMatchObject({ kind: 'failed', kept: { name: 'a.csv' } });
    expect(keeper.isLocal).toBe(false);
    expect((await store.load()).ok).toBe(true);
  });
});
