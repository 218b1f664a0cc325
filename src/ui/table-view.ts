/**
 * The table view: the events passing the current filters as an HTML table, for screen readers, for people who
 * prefer rows to marks, and for copying. One toggle (#view-toggle) swaps it with the chart. Columns sort by a
 * click on their header (aria-sort says how); a click or Enter on a row selects its event, which opens the
 * detail panel as a click on its mark would. Rows render a page at a time so a million events cannot freeze it.
 */
import { EVENT_TYPES, FACTUALITIES } from '../model/event-record';
import type { EventTable } from '../model/event-table';
import type { FilterResult } from '../model/filters';
import { filterResultFor } from './derived';
import { actorLabel, resolvedDate, typeText } from './event-text';
import type { Store } from './store';

/** Rows added per page; 200 rows of text render in a few milliseconds. */
const PAGE_ROWS = 200;
/** Sorting by title decodes every row's text; past this many rows it would take seconds, so it is offered below. */
const MAX_TEXT_SORT_ROWS = 50_000;

type SortKey = 'date' | 'actor' | 'type' | 'title' | 'factuality';
interface Sort {
  key: SortKey;
  ascending: boolean;
}

const COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: 'date', label: 'Date' },
  { key: 'actor', label: 'Actor' },
  { key: 'type', label: 'Type' },
  { key: 'title', label: 'Title' },
  { key: 'factuality', label: 'Factuality' },
];

export interface TableView {
  refresh: () => void;
  readonly shown: boolean;
}

export function mountTableView(
  store: Store,
  toggle: HTMLButtonElement,
  chartParts: readonly HTMLElement[],
  doc: Document = document,
): TableView {
  const root = doc.createElement('div');
  root.id = 'table-view';
  root.hidden = true;
  // keyboard.ts leaves arrows and Enter here to the table.
  root.dataset.ownKeys = '';
  const table = doc.createElement('table');
  const caption = doc.createElement('caption');
  caption.className = 'table-caption';
  const head = doc.createElement('thead');
  const headRow = doc.createElement('tr');
  const body = doc.createElement('tbody');
  const more = doc.createElement('button');
  more.type = 'button';
  more.className = 'table-more';
  table.append(caption, head, body);
  head.appendChild(headRow);
  root.append(table, more);
  chartParts[0]?.after(root);
  toggle.setAttribute('aria-controls', root.id);

  let shown = false;
  let sort: Sort = { key: 'date', ascending: true };
  let limit = PAGE_ROWS;
  let order: Uint32Array = new Uint32Array(0);
  let builtFor: { table: EventTable; filter: FilterResult; sort: Sort } | null = null;
  let renderedFor: { order: Uint32Array; limit: number; selected: string | null } | null = null;

  const headers = COLUMNS.map(({ key, label }) => {
    const th = doc.createElement('th');
    th.scope = 'col';
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = label;
    button.addEventListener('click', () => {
      sort = { key, ascending: sort.key === key ? !sort.ascending : true };
      limit = PAGE_ROWS;
      refresh();
    });
    th.appendChild(button);
    headRow.appendChild(th);
    return { key, th, button };
  });

  const setShown = (value: boolean) => {
    shown = value;
    root.hidden = !value;
    for (const part of chartParts) part.hidden = value;
    toggle.setAttribute('aria-pressed', String(value));
    toggle.textContent = value ? 'Chart' : 'Table';
    toggle.title = value ? 'Show the timeline chart' : 'Show the events as a table';
    refresh();
  };
  toggle.addEventListener('click', () => setShown(!shown));
  more.addEventListener('click', () => {
    limit += PAGE_ROWS;
    refresh();
  });

  const selectRow = (tr: HTMLTableRowElement | null) => {
    const id = tr?.dataset.id;
    if (id) store.update({ selectedId: id });
  };
  body.addEventListener('click', (e) => selectRow((e.target as Element).closest('tr')));
  body.addEventListener('keydown', (e) => {
    const tr = (e.target as Element).closest('tr');
    if (!tr) return;
    if (e.key === 'Enter' || e.key === ' ') selectRow(tr);
    else if (e.key === 'ArrowDown') (tr.nextElementSibling as HTMLElement | null)?.focus();
    else if (e.key === 'ArrowUp') (tr.previousElementSibling as HTMLElement | null)?.focus();
    else return;
    e.preventDefault();
  });

  const refresh = () => {
    if (!shown) return;
    const s = store.state;
    const data = s.table;
    if (!data) {
      body.replaceChildren();
      caption.textContent = 'No events loaded.';
      more.hidden = true;
      return;
    }
    const filter = filterResultFor(data, s.filters);
    if (!builtFor || builtFor.table !== data || builtFor.filter !== filter || builtFor.sort !== sort) {
      const textSortable = filter.index.length <= MAX_TEXT_SORT_ROWS;
      if (sort.key === 'title' && !textSortable) sort = { key: 'date', ascending: true };
      order = sortedRows(data, filter.index, sort);
      builtFor = { table: data, filter, sort };
      for (const h of headers) {
        h.th.setAttribute(
          'aria-sort',
          h.key === sort.key ? (sort.ascending ? 'ascending' : 'descending') : 'none',
        );
        h.button.disabled = h.key === 'title' && !textSortable;
      }
    }
    if (
      renderedFor &&
      renderedFor.order === order &&
      renderedFor.limit === limit &&
      renderedFor.selected === s.selectedId
    )
      return;
    renderedFor = { order, limit, selected: s.selectedId };
    const total = order.length;
    caption.textContent = `${total.toLocaleString('en')} event${total === 1 ? '' : 's'} passing the filters, sorted by ${sort.key} ${sort.ascending ? 'ascending' : 'descending'}`;
    body.replaceChildren(
      ...Array.from(order.subarray(0, limit), (row) => rowElement(doc, data, row, s.selectedId)),
    );
    more.hidden = total <= limit;
    more.textContent = `Show ${Math.min(PAGE_ROWS, total - limit).toLocaleString('en')} more of ${(total - limit).toLocaleString('en')}`;
  };

  return {
    refresh,
    get shown() {
      return shown;
    },
  };
}

function rowElement(
  doc: Document,
  table: EventTable,
  row: number,
  selectedId: string | null,
): HTMLTableRowElement {
  const rec = table.record(row);
  const tr = doc.createElement('tr');
  tr.tabIndex = 0;
  if (!rec) return tr;
  tr.dataset.id = rec.id;
  if (rec.id === selectedId) {
    tr.setAttribute('aria-current', 'true');
    tr.className = 'is-selected';
  }
  const lane = table.lanes[table.lane[row] ?? 0];
  const cells = [
    resolvedDate(rec),
    actorLabel(table, rec.actor),
    typeText(rec.type),
    rec.title,
    rec.factuality,
  ];
  cells.forEach((text, i) => {
    const td = doc.createElement('td');
    if (i === 1 && lane) {
      const swatch = doc.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = lane.color;
      td.append(swatch, ' ');
    }
    td.append(text);
    tr.appendChild(td);
  });
  return tr;
}

/** The filter's rows in the chosen order; ties keep time order so equal keys read chronologically. */
function sortedRows(table: EventTable, index: Uint32Array, sort: Sort): Uint32Array {
  const rows = Uint32Array.from(index);
  const start = (r: number) => table.startMs[r] ?? 0;
  let key: (r: number) => number | string;
  switch (sort.key) {
    case 'date':
      key = start;
      break;
    case 'actor': {
      const labels = table.lanes.map((l) => l.label.toLowerCase());
      key = (r) => labels[table.lane[r] ?? 0] ?? '';
      break;
    }
    case 'type':
      key = (r) => EVENT_TYPES[table.type[r] ?? 0] ?? '';
      break;
    case 'factuality':
      key = (r) => FACTUALITIES[table.factuality[r] ?? 0] ?? '';
      break;
    case 'title': {
      const titles = new Map<number, string>();
      for (const r of rows) titles.set(r, (table.record(r)?.title ?? '').toLowerCase());
      key = (r) => titles.get(r) ?? '';
      break;
    }
  }
  const sign = sort.ascending ? 1 : -1;
  rows.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const c = ka < kb ? -1 : ka > kb ? 1 : 0;
    return c !== 0 ? c * sign : start(a) - start(b);
  });
  return rows;
}
