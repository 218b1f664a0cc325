/**
 * The filter sidebar: actor checklist (toggle, only, all), event types with their glyphs, factuality, search
 * and "clear filters", each with live counts from the facet counts of the current filter result. The lists
 * are rebuilt only when the data set changes; counts and checks are updated in place.
 */
import { EVENT_TYPES, FACTUALITIES } from '../model/event-record';
import type { EventTable } from '../model/event-table';
import type { FilterResult, Filters } from '../model/filters';
import { NO_FILTERS } from '../model/filters';
import { glyphIcon } from '../render/legend';
import { filterResultFor } from './derived';
import type { Store } from './store';

/** Typing pauses shorter than this are one search: a 100k-row scan per keystroke would feel sticky. */
const SEARCH_DEBOUNCE_MS = 120;

interface Row {
  input: HTMLInputElement;
  count: HTMLElement;
  row: HTMLElement;
}

export function mountFiltersPanel(store: Store, root: Document): { refresh: () => void } {
  const actorList = req(root.getElementById('actor-filter'));
  const typeList = req(root.getElementById('type-filter'));
  const factList = req(root.getElementById('factuality-filter'));
  const search = req(root.getElementById('search')) as HTMLInputElement;
  let actorRows = new Map<string, Row>();
  const typeRows = new Map<string, Row>();
  const factRows = new Map<string, Row>();
  let builtFor = '';

  const setFilters = (patch: Partial<Filters>) =>
    store.update((s) => ({ filters: { ...s.filters, ...patch } }));
  const toggle = (list: readonly string[], value: string, show: boolean) =>
    show ? list.filter((v) => v !== value) : [...list.filter((v) => v !== value), value];

  EVENT_TYPES.forEach((type) => {
    const row = checkRow(root, 'type', type, humanize(type), glyphIcon(root, type));
    row.input.addEventListener('change', () =>
      setFilters({ hiddenTypes: toggle(store.state.filters.hiddenTypes, type, row.input.checked) }),
    );
    typeList.appendChild(row.row);
    typeRows.set(type, row);
  });
  FACTUALITIES.forEach((fact) => {
    const row = checkRow(root, 'factuality', fact, humanize(fact), null);
    row.input.addEventListener('change', () =>
      setFilters({
        hiddenFactualities: toggle(store.state.filters.hiddenFactualities, fact, row.input.checked),
      }),
    );
    factList.appendChild(row.row);
    factRows.set(fact, row);
  });

  /** Rows by actor id and the label and colour they were made with, reused when the lane order changes. */
  const made = new Map<string, { row: Row; look: string }>();
  const buildActors = (table: EventTable) => {
    actorRows = new Map();
    const rows: HTMLElement[] = [];
    table.lanes.forEach((lane) => {
      const look = `${lane.label}\u001f${lane.color}`;
      const reused = made.get(lane.actorId);
      const row =
        reused && reused.look === look ? reused.row : actorRow(lane.actorId, lane.label, lane.color);
      made.set(lane.actorId, { row, look });
      rows.push(row.row);
      actorRows.set(lane.actorId, row);
    });
    // One DOM change, moving the rows it keeps: a progressive load reorders lanes as their counts grow.
    actorList.replaceChildren(...rows);
  };

  const actorRow = (actorId: string, label: string, color: string): Row => {
    const swatch = root.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = color;
    const row = checkRow(root, 'actor', actorId, label, swatch);
    row.input.addEventListener('change', () =>
      setFilters({
        hiddenActors: toggle(store.state.filters.hiddenActors, actorId, row.input.checked),
      }),
    );
    const only = root.createElement('button');
    only.type = 'button';
    only.className = 'only';
    only.textContent = 'only';
    only.dataset.actor = actorId;
    only.title = `Show only ${label}`;
    only.addEventListener('click', () =>
      setFilters({
        hiddenActors: (store.state.table?.lanes ?? []).map((l) => l.actorId).filter((id) => id !== actorId),
      }),
    );
    row.row.appendChild(only);
    return row;
  };

  req(root.getElementById('actors-all')).addEventListener('click', () => setFilters({ hiddenActors: [] }));
  mountDrawerToggle(root);
  req(root.getElementById('clear-filters')).addEventListener('click', () => {
    search.value = '';
    store.update({ filters: NO_FILTERS });
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => setFilters({ search: search.value }), SEARCH_DEBOUNCE_MS);
  });
  search.addEventListener('search', () => {
    clearTimeout(timer);
    setFilters({ search: search.value });
  });

  // Counts change only with the table or the filter result; most frames (pans, zooms) change neither.
  let shown: { result: FilterResult; filters: Filters } | null = null;
  const refresh = () => {
    const s = store.state;
    const table = s.table;
    if (!table) return;
    // A progressive load sends a new table each time the row count doubles, usually with the same lanes:
    // the checklist is rebuilt only when the lanes themselves change.
    const lanesKey = table.lanes.map((l) => `${l.actorId}\u001f${l.label}\u001f${l.color}`).join('\u001e');
    if (builtFor !== lanesKey) {
      buildActors(table);
      builtFor = lanesKey;
      shown = null;
    }
    const result = filterResultFor(table, s.filters);
    if (shown && shown.result === result && shown.filters === s.filters) return;
    shown = { result, filters: s.filters };
    table.lanes.forEach((lane, i) => {
      const row = actorRows.get(lane.actorId);
      if (row) update(row, !s.filters.hiddenActors.includes(lane.actorId), result.laneCounts[i] ?? 0);
    });
    EVENT_TYPES.forEach((type, i) => {
      const row = typeRows.get(type);
      if (row) update(row, !s.filters.hiddenTypes.includes(type), result.typeCounts[i] ?? 0);
    });
    FACTUALITIES.forEach((fact, i) => {
      const row = factRows.get(fact);
      if (row) update(row, !s.filters.hiddenFactualities.includes(fact), result.factualityCounts[i] ?? 0);
    });
    if (document.activeElement !== search && search.value !== s.filters.search)
      search.value = s.filters.search;
  };
  return { refresh };
}

/**
 * On narrow screens (see app.css) the sidebar is a drawer behind #filters-toggle; elsewhere the button is
 * not shown. Escape inside the open drawer closes it and returns focus to the button.
 */
function mountDrawerToggle(root: Document): void {
  const toggle = root.getElementById('filters-toggle');
  const sidebar = root.getElementById('sidebar');
  if (!toggle || !sidebar) return;
  const setOpen = (open: boolean) => {
    root.body.classList.toggle('filters-open', open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => setOpen(!root.body.classList.contains('filters-open')));
  sidebar.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !root.body.classList.contains('filters-open')) return;
    setOpen(false);
    toggle.focus();
    e.preventDefault();
  });
}

function update(row: Row, checked: boolean, count: number): void {
  if (row.input.checked !== checked) row.input.checked = checked;
  const text = count.toLocaleString('en');
  if (row.count.textContent !== text) row.count.textContent = text;
  row.row.classList.toggle('is-empty', count === 0);
}

let rowSerial = 0;

function checkRow(doc: Document, kind: string, value: string, label: string, icon: Element | null): Row {
  const row = doc.createElement('div');
  row.className = 'check-row';
  const input = doc.createElement('input');
  input.type = 'checkbox';
  input.checked = true;
  input.id = `filter-${kind}-${rowSerial++}`;
  input.setAttribute(`data-${kind}`, value);
  const text = doc.createElement('label');
  text.htmlFor = input.id;
  text.textContent = label;
  text.title = label;
  const count = doc.createElement('span');
  count.className = 'count';
  row.append(input, icon ?? doc.createElement('span'), text, count);
  return { input, count, row };
}

function humanize(value: string): string {
  const text = value.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function req<T>(value: T | null): T {
  if (value === null) throw new Error('filters panel element missing');
  return value;
}
