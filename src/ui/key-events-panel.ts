/**
 * The Key events control (#key-events, a labelled select in the toolbar: Off, 10, 20, 40 or all days) and
 * the list of the chosen days in the sidebar (#key-events-list): date and one line each, a button that
 * opens the day's lead event. The ranking itself is model/key-event-rows.ts, asked through derived.ts;
 * the chart draws from the same result. Changes are announced through the page's live region.
 */
import type { KeyEventRows, KeyEventsCount } from '../model/key-event-rows';
import { keyEventsLabel, parseKeyEventsCount } from '../model/key-event-rows';
import { clampDomain } from '../model/time-domain';
import type { TimeDomain } from '../model/time-domain';
import type { Announcer } from './announcer';
import { filterResultFor, keyEventRowsFor } from './derived';
import type { Store } from './store';

/** Days listed in the sidebar; with 'all' the rest are on the chart only. */
const MAX_LISTED = 200;

export interface KeyEventsPanel {
  /** Follows the store after each paint: the select's value, the list, the announcement. */
  refresh: () => void;
  /** The key events the chart is drawing now, or null when the mode is off or still ranking. */
  current: () => KeyEventRows | null;
}

export function mountKeyEventsPanel(
  store: Store,
  select: HTMLSelectElement,
  section: HTMLElement,
  announcer: Announcer,
  bounds: () => TimeDomain | undefined,
): KeyEventsPanel {
  const list = section.querySelector('ol') ?? section.appendChild(document.createElement('ol'));
  const status =
    section.querySelector('.key-events-status') ?? section.appendChild(document.createElement('p'));
  select.addEventListener('change', () => {
    const count = parseKeyEventsCount(select.value);
    if (count !== store.state.keyEvents) store.update({ keyEvents: count });
  });
  list.addEventListener('click', (e) => {
    const button = (e.target as Element | null)?.closest<HTMLButtonElement>('button[data-id]');
    const id = button?.dataset.id;
    const table = store.state.table;
    const row = id === undefined ? undefined : table?.idToRow.get(id);
    if (!table || row === undefined || id === undefined) return;
    // Open the day's event; centre the view on it when it lies outside, keeping the zoom.
    const [d0, d1] = store.state.domain;
    const t0 = table.startMs[row] ?? 0;
    const t1 = table.endMs[row] ?? t0;
    const inView = t1 > d0 && t0 < d1;
    const half = (d1 - d0) / 2;
    const mid = (t0 + t1) / 2;
    store.update({
      selectedId: id,
      ...(inView ? {} : { domain: clampDomain([mid - half, mid + half], bounds()) }),
    });
  });

  const current = (): KeyEventRows | null => {
    const s = store.state;
    if (!s.table || s.keyEvents === null) return null;
    return keyEventRowsFor(s.table, filterResultFor(s.table, s.filters), s.keyEvents);
  };

  let shown: KeyEventRows | null = null;
  let shownCount: KeyEventsCount | null | undefined;
  let announcedFor: string | null = null;
  const refresh = () => {
    const s = store.state;
    const value = s.keyEvents === null ? 'off' : String(s.keyEvents);
    if (select.value !== value) select.value = value;
    section.hidden = s.keyEvents === null;
    const rows = current();
    if (rows === shown && s.keyEvents === shownCount) return;
    shown = rows;
    shownCount = s.keyEvents;
    if (s.keyEvents === null) {
      list.replaceChildren();
      if (announcedFor !== null) announcer.say('Key events off.');
      announcedFor = null;
      return;
    }
    if (!rows) {
      status.textContent = 'Ranking the days…';
      list.replaceChildren();
      return;
    }
    status.textContent = rows.days.length
      ? keyEventsLabel(rows.count, rows.days.length)
      : 'No day-precision events to rank.';
    list.replaceChildren(...rows.days.slice(0, MAX_LISTED).map((day) => dayItem(day, rows)));
    if (rows.days.length > MAX_LISTED) {
      const more = document.createElement('li');
      more.className = 'key-events-more';
      more.textContent = `… and ${(rows.days.length - MAX_LISTED).toLocaleString('en')} more days on the chart`;
      list.appendChild(more);
    }
    const said = `${rows.count}|${rows.days.length}`;
    if (said !== announcedFor) {
      announcedFor = said;
      announcer.say(
        rows.days.length
          ? `${keyEventsLabel(rows.count, rows.days.length)}. Their titles are drawn first; other events are faded. The list is in the sidebar.`
          : 'Key events: no day-precision events to rank.',
      );
    }
  };
  return { refresh, current };
}

function dayItem(day: KeyEventRows['days'][number], rows: KeyEventRows): HTMLLIElement {
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'key-event';
  const lead = rows.leadOf.get(day.date);
  const id = day.centralId ?? day.ids[0];
  if (id !== undefined) button.dataset.id = id;
  button.disabled = lead === undefined;
  const time = document.createElement('time');
  time.dateTime = day.date;
  time.textContent = day.date;
  const text = document.createElement('span');
  // Data is shown as text, never markup.
  text.textContent = day.text;
  button.title = day.text;
  const count = document.createElement('span');
  count.className = 'key-event-count';
  count.textContent = day.ids.length > 1 ? `${day.ids.length} events` : '';
  button.append(time, text, count);
  li.appendChild(button);
  return li;
}
