/**
 * The table view: the events passing the current filters as an HTML table, for screen readers, for people who
 * prefer rows to marks, and for copying. One toggle (#view-toggle) swaps it with the chart. Columns sort by a
 * click on their header (aria-sort says how); a click or Enter on a row selects its event, which opens the
 * detail panel as a click on its mark would. Rows render a page at a time so a million events cannot freeze it.
 */
import type { EventTable } from '../model/event-table';
import type { FilterResult } from '../model/filters';
import { findRanges, searchTerms } from '../model/text-match';
import { filterResultFor } from './derived';
import { renderHighlighted } from './highlight-text';
import type { Store } from './store';
import type { SortKey, TableColumn } from './table-columns';
import { sortRows, TABLE_COLUMNS } from './table-columns';

/** Rows added per page; 200 rows of text render in a few milliseconds. */
const PAGE_ROWS = 200;
/** Sorting by a text column decodes every row; past this many rows it would take seconds, so it is offered below. */
const MAX_TEXT_SORT_ROWS = 50_000;

interface Sort {
  key: SortKey;
  ascending: boolean;
}

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
  let renderedFor: { order: Uint32Array; limit: number; selected: string | null; search: string } | null =
    null;
  /** The rows whose full text was last asked for, so rows with nothing to read are asked once. */
  let textAskedFor: { order: Uint32Array; limit: number } | null = null;

  const headers = TABLE_COLUMNS.map(({ key, label }) => {
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
      if (!columnOf(sort.key).numeric && !textSortable) sort = { key: 'date', ascending: true };
      order = sortRows(data, filter.index, columnOf(sort.key), sort.ascending);
      builtFor = { table: data, filter, sort };
      for (const h of headers) {
        h.th.setAttribute(
          'aria-sort',
          h.key === sort.key ? (sort.ascending ? 'ascending' : 'descending') : 'none',
        );
        h.button.disabled = !columnOf(h.key).numeric && !textSortable;
      }
    }
    if (
      renderedFor &&
      renderedFor.order === order &&
      renderedFor.limit === limit &&
      renderedFor.selected === s.selectedId &&
      renderedFor.search === s.filters.search
    )
      return;
    renderedFor = { order, limit, selected: s.selectedId, search: s.filters.search };
    const terms = searchTerms(s.filters.search);
    const total = order.length;
    caption.textContent = `${total.toLocaleString('en')} event${total === 1 ? '' : 's'} passing the filters, sorted by ${sort.key} ${sort.ascending ? 'ascending' : 'descending'}`;
    const rows = order.subarray(0, limit);
    body.replaceChildren(...Array.from(rows, (row) => rowElement(doc, data, row, s.selectedId, terms)));
    const missing = Array.from(rows).filter((row) => !data.hasText(row));
    if (missing.length && (textAskedFor?.order !== order || textAskedFor.limit !== limit)) {
      // Rows of a large file hold their titles only: the other cells come from the file, then the rows
      // are drawn again (once: a row with nothing to read stays as it is).
      textAskedFor = { order, limit };
      const asked = renderedFor;
      void data.loadText(missing).then(
        () => {
          if (renderedFor !== asked) return;
          renderedFor = null;
          refresh();
        },
        () => undefined,
      );
    }
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

const columnOf = (key: SortKey): TableColumn =>
  TABLE_COLUMNS.find((c) => c.key === key) ?? (TABLE_COLUMNS[0] as TableColumn);

/** One row: a cell per column, search words marked in the columns the search reads. */
function rowElement(
  doc: Document,
  table: EventTable,
  row: number,
  selectedId: string | null,
  terms: readonly string[],
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
  for (const column of TABLE_COLUMNS) {
    const td = doc.createElement('td');
    td.className = `col-${column.key}`;
    const text = column.text(rec, table);
    if (column.key === 'actor' && lane) {
      const swatch = doc.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = lane.color;
      td.append(swatch, ' ', text);
    } else if (column.searchable && terms.length > 0) {
      renderHighlighted(
        td,
        text,
        findRanges(text, terms).map((r) => ({ ...r, className: 'search-match' })),
      );
    } else {
      td.textContent = text;
    }
    // A long title or article name is cut by CSS; the whole text stays one hover away.
    if (column.key === 'people') td.title = text;
    else if (column.key === 'source')
      td.title = rec.article_title ? `${rec.article_title} (${rec.article_id})` : rec.article_id;
    tr.appendChild(td);
  }
  return tr;
}
