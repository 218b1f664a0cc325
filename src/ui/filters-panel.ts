/**
 * The filter sidebar: lane checklist (toggle, only, all: actors, or named entities when lanes are by agent),
 * event types with their glyphs, factuality, search and "clear filters", each with live counts from the
 * facet counts of the current filter result. Event types are listed only when the data holds them, grouped
 * by family (model/event-type-info.ts) under a heading that toggles the whole family and folds it away: 37
 * types would not fit beside the chart. The lists are rebuilt only when the lanes or the types present
 * change; counts and checks are updated in place.
 */
import type { EventType } from '../model/event-record';
import { EVENT_TYPES, FACTUALITIES } from '../model/event-record';
import type { EventTable } from '../model/event-table';
import type { EventFamily } from '../model/event-type-info';
import { EVENT_TYPE_INFO, groupTypesByFamily, typesOfFamily } from '../model/event-type-info';
import type { FilterResult, Filters } from '../model/filters';
import { NO_FILTERS } from '../model/filters';
import { glyphIcon } from '../render/legend';
import { filterResultFor } from './derived';
import type { Store } from './store';

/** Typing pauses shorter than this are one search: a 100k-row scan per keystroke would feel sticky. */
const SEARCH_DEBOUNCE_MS = 120;
/**
 * Family groups start open when the data holds at most this many types: 16 rows of 24 px fit under the
 * lane list on a laptop screen. Past that (news with every kind of event) they start folded to their
 * headings, nine at most; a group the user opens or closes stays that way.
 */
const OPEN_FAMILIES_MAX_TYPES = 16;

interface Row {
  input: HTMLInputElement;
  count: HTMLElement;
  row: HTMLElement;
}

/** A family's heading (checkbox for the whole family, fold button, count) and the box of its type rows. */
interface FamilyGroup {
  element: HTMLElement;
  input: HTMLInputElement;
  toggle: HTMLButtonElement;
  count: HTMLElement;
  body: HTMLElement;
  /** Its types present in the data, in list order. */
  types: EventType[];
}

export function mountFiltersPanel(store: Store, root: Document): { refresh: () => void } {
  const actorList = req(root.getElementById('actor-filter'));
  const actorHeading = root.getElementById('actor-filter-heading');
  const typeList = req(root.getElementById('type-filter'));
  const factList = req(root.getElementById('factuality-filter'));
  const search = req(root.getElementById('search')) as HTMLInputElement;
  let actorRows = new Map<string, Row>();
  const typeRows = new Map<EventType, Row>();
  const families = new Map<EventFamily, FamilyGroup>();
  /** Open or closed by the user; other groups follow OPEN_FAMILIES_MAX_TYPES. */
  const chosenOpen = new Map<EventFamily, boolean>();
  const factRows = new Map<string, Row>();
  let builtFor = '';
  let typesBuiltFor = '';

  const setFilters = (patch: Partial<Filters>) =>
    store.update((s) => ({ filters: { ...s.filters, ...patch } }));
  const toggle = (list: readonly string[], value: string, show: boolean) =>
    show ? list.filter((v) => v !== value) : [...list.filter((v) => v !== value), value];

  const typeRow = (type: EventType): Row => {
    let row = typeRows.get(type);
    if (!row) {
      const made = checkRow(root, 'type', type, EVENT_TYPE_INFO[type].label, glyphIcon(root, type));
      made.input.addEventListener('change', () =>
        setFilters({ hiddenTypes: toggle(store.state.filters.hiddenTypes, type, made.input.checked) }),
      );
      typeRows.set(type, made);
      row = made;
    }
    return row;
  };

  const familyGroup = (family: EventFamily, label: string): FamilyGroup => {
    const existing = families.get(family);
    if (existing) return existing;
    const element = root.createElement('div');
    element.className = 'type-family';
    element.dataset.family = family;
    const head = root.createElement('div');
    head.className = 'check-row family-head';
    const input = root.createElement('input');
    input.type = 'checkbox';
    input.id = `filter-family-${family}`;
    input.dataset.family = family;
    input.setAttribute('aria-label', `Show every ${label.toLowerCase()} type`);
    const toggleButton = root.createElement('button');
    toggleButton.type = 'button';
    toggleButton.className = 'family-toggle';
    toggleButton.textContent = label;
    toggleButton.setAttribute('aria-controls', `type-family-${family}`);
    const count = root.createElement('span');
    count.className = 'count';
    head.append(input, toggleButton, count);
    const body = root.createElement('div');
    body.className = 'family-types';
    body.id = `type-family-${family}`;
    element.append(head, body);
    const made: FamilyGroup = { element, input, toggle: toggleButton, count, body, types: [] };
    input.addEventListener('change', () => {
      const all = typesOfFamily(family);
      const rest = store.state.filters.hiddenTypes.filter((t) => !all.includes(t as EventType));
      setFilters({ hiddenTypes: input.checked ? rest : [...rest, ...all] });
    });
    toggleButton.addEventListener('click', () => {
      const open = toggleButton.getAttribute('aria-expanded') !== 'true';
      chosenOpen.set(family, open);
      setOpen(made, open);
    });
    families.set(family, made);
    return made;
  };

  /** Types present in the table, by family; rebuilt only when that set changes (a new data set). */
  const buildTypes = (table: EventTable) => {
    const present = EVENT_TYPES.filter((_, i) => (table.typeCounts[i] ?? 0) > 0);
    const key = present.join(',');
    if (key === typesBuiltFor) return;
    typesBuiltFor = key;
    const openByDefault = present.length <= OPEN_FAMILIES_MAX_TYPES;
    const groups = groupTypesByFamily(present).map((g) => {
      const group = familyGroup(g.family, g.label);
      group.types = g.types;
      group.body.replaceChildren(...g.types.map((t) => typeRow(t).row));
      setOpen(group, chosenOpen.get(g.family) ?? openByDefault);
      return group.element;
    });
    typeList.replaceChildren(...groups);
  };

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

  /** Rows by lane key and the label and colour they were made with, reused when the lane order changes. */
  const made = new Map<string, { row: Row; look: string }>();
  const buildActors = (table: EventTable) => {
    actorRows = new Map();
    const rows: HTMLElement[] = [];
    table.lanes.forEach((lane) => {
      const look = `${lane.label}\u001f${lane.color}`;
      const reused = made.get(lane.key);
      const row = reused && reused.look === look ? reused.row : actorRow(lane.key, lane.label, lane.color);
      made.set(lane.key, { row, look });
      rows.push(row.row);
      actorRows.set(lane.key, row);
    });
    // One DOM change, moving the rows it keeps: a progressive load reorders lanes as their counts grow.
    actorList.replaceChildren(...rows);
  };

  const actorRow = (key: string, label: string, color: string): Row => {
    const swatch = root.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = color;
    const row = checkRow(root, 'actor', key, label, swatch);
    row.input.addEventListener('change', () =>
      setFilters({
        hiddenActors: toggle(store.state.filters.hiddenActors, key, row.input.checked),
      }),
    );
    const only = root.createElement('button');
    only.type = 'button';
    only.className = 'only';
    only.textContent = 'only';
    only.dataset.actor = key;
    only.title = `Show only ${label}`;
    only.addEventListener('click', () =>
      setFilters({
        hiddenActors: (store.state.table?.lanes ?? []).map((l) => l.key).filter((id) => id !== key),
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
    const lanesKey = table.lanes.map((l) => `${l.key}\u001f${l.label}\u001f${l.color}`).join('\u001e');
    if (builtFor !== lanesKey) {
      buildActors(table);
      builtFor = lanesKey;
      shown = null;
      if (actorHeading) actorHeading.textContent = table.laneBy === 'agent' ? 'Named entities' : 'Actors';
    }
    const typesKey = typesBuiltFor;
    buildTypes(table);
    if (typesKey !== typesBuiltFor) shown = null;
    const result = filterResultFor(table, s.filters);
    if (shown && shown.result === result && shown.filters === s.filters) return;
    shown = { result, filters: s.filters };
    table.lanes.forEach((lane, i) => {
      const row = actorRows.get(lane.key);
      if (row) update(row, !s.filters.hiddenActors.includes(lane.key), result.laneCounts[i] ?? 0);
    });
    EVENT_TYPES.forEach((type, i) => {
      const row = typeRows.get(type);
      if (row) update(row, !s.filters.hiddenTypes.includes(type), result.typeCounts[i] ?? 0);
    });
    for (const group of families.values()) {
      const shownTypes = group.types.filter((t) => !s.filters.hiddenTypes.includes(t)).length;
      group.input.checked = shownTypes === group.types.length;
      group.input.indeterminate = shownTypes > 0 && shownTypes < group.types.length;
      let total = 0;
      for (const t of group.types) total += result.typeCounts[EVENT_TYPES.indexOf(t)] ?? 0;
      const text = total.toLocaleString('en');
      if (group.count.textContent !== text) group.count.textContent = text;
    }
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

function setOpen(group: FamilyGroup, open: boolean): void {
  group.toggle.setAttribute('aria-expanded', String(open));
  group.body.hidden = !open;
  group.element.classList.toggle('is-open', open);
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
