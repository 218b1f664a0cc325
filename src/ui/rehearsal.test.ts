import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimeDomain } from '../model/time-domain';
import { rehearsalDomains } from '../model/rehearsal-domains';
import { startRehearsal } from './rehearsal';
import type { ViewState } from './store';

const fit: TimeDomain = [Date.UTC(2015, 0, 1), Date.UTC(2025, 0, 1)];

function stateWith(table: object): ViewState {
  return { table, domain: fit } as unknown as ViewState;
}

describe('startRehearsal', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('rehearses every likely view, one per idle period, in order', () => {
    const state = stateWith({});
    const seen: TimeDomain[] = [];
    startRehearsal({ rehearse: (_, d) => (seen.push(d), true) }, () => state, fit);
    vi.advanceTimersByTime(60);
    expect(seen).toHaveLength(1);
    vi.runAllTimers();
    expect(seen).toEqual(rehearsalDomains(fit, fit));
  });

  it('stops when the data set is replaced', () => {
    let state = stateWith({});
    const seen: TimeDomain[] = [];
    startRehearsal({ rehearse: (_, d) => (seen.push(d), true) }, () => state, fit);
    vi.advanceTimersByTime(120);
    state = stateWith({});
    vi.runAllTimers();
    expect(seen).toHaveLength(2);
  });

  it('gives up when the view has nothing to rehearse', () => {
    const state = stateWith({});
    let calls = 0;
    startRehearsal({ rehearse: () => (calls++, false) }, () => state, fit);
    vi.runAllTimers();
    expect(calls).toBe(1);
  });

  it('waits while a file is still loading', () => {
    const table = {};
    let state = { ...stateWith(table), loading: { done: 1, total: 2, rows: 10 } } as ViewState;
    const seen: TimeDomain[] = [];
    startRehearsal({ rehearse: (_, d) => (seen.push(d), true) }, () => state, fit);
    vi.advanceTimersByTime(2000);
    expect(seen).toHaveLength(0);
    state = { ...state, loading: null };
    vi.runAllTimers();
    expect(seen).toEqual(rehearsalDomains(fit, fit));
  });
});
