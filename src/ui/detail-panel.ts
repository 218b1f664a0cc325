/**
 * The side panel for the selected event: the full sentence with the date phrase, actor mentions and search
 * matches highlighted, the article (linked only when http/https), reference date, confidence, method, other
 * reports of the same event, and previous/next in the same lane.
 */
import { UNKNOWN_ACTOR_ID } from '../model/actor';
import type { Actor } from '../model/actor';
import type { EventRecord } from '../model/event-record';
import type { EventTable } from '../model/event-table';
import { stepEvent } from '../model/event-navigation';
import { findNameRanges, findRanges, searchTerms } from '../model/text-match';
import { filterResultFor, laneOrderFor } from './derived';
import { actorLabel, dateBasisText, quantityText, resolvedDate, typeText } from './event-text';
import type { Highlight } from './highlight-text';
import { renderHighlighted } from './highlight-text';
import type { Store } from './store';

export function mountDetailPanel(
  store: Store,
  panel: HTMLElement,
): { refresh: () => void; focus: () => void } {
  const q = <T extends Element>(sel: string) => {
    const el = panel.querySelector<T>(sel);
    if (!el) throw new Error(`detail panel is missing ${sel}`);
    return el;
  };
  const title = q<HTMLElement>('.detail-title');
  const sentence = q<HTMLElement>('.detail-sentence');
  const facts = q<HTMLElement>('.detail-facts');
  const meta = q<HTMLElement>('.detail-meta');
  const prev = q<HTMLButtonElement>('#detail-prev');
  const next = q<HTMLButtonElement>('#detail-next');
  let shown: string | null = null;
  let shownSearch = '';
  let shownTable: EventTable | null = null;

  const close = () => store.update({ selectedId: null });
  q('#detail-close').addEventListener('click', close);
  const step = (delta: number) => {
    const s = store.state;
    const id = s.table && s.selectedId !== null ? neighbourInLane(s.table, store, s.selectedId, delta) : null;
    if (id !== null) store.update({ selectedId: id });
  };
  prev.addEventListener('click', () => step(-1));
  next.addEventListener('click', () => step(1));
  // Arrows stay with the panel's own scrolling and reading; Page Up/Down walk the lane as the buttons do.
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'PageUp') step(-1);
    else if (e.key === 'PageDown') step(1);
    else return;
    e.preventDefault();
  });
  // Focusable by script only, so Enter on a selected event can move a screen reader into the details.
  panel.tabIndex = -1;

  /** The id whose full text was last asked for, so a row with no file to read is asked once. */
  let asked = '';
  const refresh = () => {
    const s = store.state;
    const table = s.table;
    const row = table && s.selectedId !== null ? table.idToRow.get(s.selectedId) : undefined;
    const rec = row === undefined ? undefined : table?.record(row);
    if (!table || !rec) {
      panel.hidden = true;
      shown = null;
      return;
    }
    if (row !== undefined && !table.hasText(row) && asked !== rec.id) {
      // A row of a large file holds its title only: its other fields, and those of rows that may share
      // its sentence, are read from the file, then the panel fills again.
      asked = rec.id;
      void table.loadText([row, ...sameSentenceKeyRows(table, row)]).then(
        () => {
          if (store.state.table !== table || !table.hasText(row)) return;
          shown = null;
          refresh();
        },
        () => undefined,
      );
    }
    const wasHidden = panel.hidden;
    panel.hidden = false;
    prev.disabled = neighbourInLane(table, store, rec.id, -1) === null;
    next.disabled = neighbourInLane(table, store, rec.id, 1) === null;
    if (shown === rec.id && shownSearch === s.filters.search && shownTable === table) return;
    shown = rec.id;
    shownSearch = s.filters.search;
    shownTable = table;
    fill(table, rec, s.filters.search);
    if (wasHidden) panel.scrollTop = 0;
  };

  const fill = (table: EventTable, rec: EventRecord, search: string) => {
    meta.textContent = `${actorLabel(table, rec.actor)} · ${typeText(rec.type)}${rec.factuality !== 'asserted' ? ` · ${rec.factuality}` : ''}`;
    renderHighlighted(title, rec.title, rangesOf(rec.title, searchTerms(search), 'search-match'));
    renderHighlighted(sentence, rec.sentence, sentenceHighlights(table, rec, search));
    facts.replaceChildren();
    const fact = (label: string, value: string | Node) => {
      if (value === '') return;
      const dt = document.createElement('dt');
      dt.textContent = label;
      const dd = document.createElement('dd');
      if (typeof value === 'string') dd.textContent = value;
      else dd.appendChild(value);
      facts.append(dt, dd);
    };
    // What happened, in the word the event was read from: an 'other' row still says "apologize".
    fact('What', rec.predicate);
    fact('Date', resolvedDate(rec));
    fact(
      'As written',
      rec.date_text ? `“${rec.date_text}”${rec.date_value ? ` (${rec.date_value})` : ''}` : '',
    );
    fact('Date from', dateBasisText(rec));
    fact('Reference date', rec.ref_date);
    fact('Agent', rec.agent);
    fact('Actors', [rec.actor, ...rec.other_actors].map((a) => actorLabel(table, a)).join(', '));
    fact('Quantity', quantityText(rec));
    fact('People', rec.people.join(', '));
    fact('Location', rec.location);
    fact('Quote', rec.quote ? `“${rec.quote}”` : '');
    fact('Article', articleNode(rec));
    fact('Confidence', `${Math.round(rec.confidence * 100)}%`);
    fact('Method', rec.method);
    fact('Also reported in', rec.also_reported_in.join(', '));
    const row = table.idToRow.get(rec.id);
    const sameSentence =
      row === undefined || rec.sentence === ''
        ? []
        : table.sameSentenceRows(row).flatMap((r) => table.record(r) ?? []);
    if (sameSentence.length) {
      const list = document.createElement('span');
      sameSentence.slice(0, 8).forEach((r, i) => {
        if (i) list.appendChild(document.createTextNode(', '));
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'link-button';
        b.textContent = `${actorLabel(table, r.actor)}: ${typeText(r.type)}`;
        b.addEventListener('click', () => store.update({ selectedId: r.id }));
        list.appendChild(b);
      });
      fact('Same sentence', list);
    }
    fact('Id', rec.id);
  };

  return { refresh, focus: () => panel.focus() };
}

/** The article title, as a link only when the URL is http(s): `javascript:` and `data:` stay text. */
function articleNode(rec: EventRecord): string | Node {
  const label = rec.article_title || rec.article_id;
  if (!isSafeUrl(rec.article_url)) {
    return [label, rec.article_url].filter(Boolean).join(' — ');
  }
  const a = document.createElement('a');
  a.href = rec.article_url;
  a.textContent = label || rec.article_url;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

export function isSafeUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function rangesOf(text: string, needles: readonly string[], className: string): Highlight[] {
  return findRanges(text, needles).map((r) => ({ ...r, className }));
}

/** Date phrase first (it wins overlaps), then actor mentions, then search words. */
function sentenceHighlights(table: EventTable, rec: EventRecord, search: string): Highlight[] {
  const text = rec.sentence;
  const out: Highlight[] = [];
  if (rec.date_text) out.push(...rangesOf(text, [rec.date_text], 'date-phrase'));
  const names: string[] = [];
  for (const id of [rec.actor, ...rec.other_actors]) {
    if (id === UNKNOWN_ACTOR_ID) continue;
    const actor = table.actorsById.get(id);
    names.push(...mentionNames(actor, id));
  }
  names.push(...rec.people);
  if (rec.agent) names.push(rec.agent);
  out.push(...findNameRanges(text, names).map((r) => ({ ...r, className: 'actor-mention' })));
  out.push(...rangesOf(text, searchTerms(search), 'search-match'));
  // Keep the first highlight at any position so marks never nest.
  const kept: Highlight[] = [];
  for (const h of out.sort((a, b) => a.start - b.start)) {
    if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  }
  return kept;
}

function mentionNames(actor: Actor | undefined, id: string): string[] {
  if (!actor) return [id.replace(/-/g, ' ')];
  return [
    actor.label,
    ...(actor.aliases ?? []),
    ...(actor.demonyms ?? []),
    ...(actor.capitals ?? []),
    ...(actor.people ?? []),
  ];
}

/** The previous/next event (by start) in the selected event's lane among the events passing the filters. */
function neighbourInLane(table: EventTable, store: Store, id: string, delta: number): string | null {
  const row = table.idToRow.get(id);
  if (row === undefined) return null;
  const { filters, laneOrder } = store.state;
  const lanes = laneOrderFor(table, filters.hiddenActors, laneOrder);
  const to = stepEvent(table, filterResultFor(table, filters), lanes, row, delta > 0 ? 'next' : 'previous');
  return to === null ? null : table.id(to) || null;
}

/** Rows whose sentence key is `row`'s: those sameSentenceRows then compares by text. */
function sameSentenceKeyRows(table: EventTable, row: number): number[] {
  const key = table.sentenceKey[row];
  const out: number[] = [];
  for (let r = 0; r < table.size; r++) if (r !== row && table.sentenceKey[r] === key) out.push(r);
  return out;
}
