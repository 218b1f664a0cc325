/**
 * The view state carried in the URL hash, so a copied link reopens the same view:
 * `#from=2022-01-01&to=2025-07-31&hide=russia,china&types=missile-test,justice&fact=asserted&q=missile`
 * `&sel=<id>&lanes=agent&key=20`.
 * `to` is the last visible day, inclusive. Ranges that are not whole days use minutes (`2022-06-05T13:30Z`).
 * Event types are written as the shorter of the shown list (`types=`) and the hidden list (`hidetypes=`),
 * a whole family as its name (`justice`). Decoding never throws: unknown keys and malformed values are ignored.
 */
import { MS_PER_DAY } from './day';
import type { EventType } from './event-record';
import { EVENT_TYPES, FACTUALITIES } from './event-record';
import type { LaneBy } from './event-table';
import { EVENT_FAMILIES, typesOfFamily } from './event-type-info';
import type { KeyEventsCount } from './key-event-rows';
import { parseKeyEventsCount } from './key-event-rows';
import type { TimeDomain } from './time-domain';

export interface UrlState {
  domain: TimeDomain | null;
  hiddenActors: string[];
  hiddenTypes: string[];
  hiddenFactualities: string[];
  search: string;
  selectedId: string | null;
  /** Explicit lane order (lane keys); empty means the default order. */
  laneOrder: string[];
  /** What the lanes are made of; 'actor' (the default) is not written. */
  laneBy: LaneBy;
  /** Key events mode (`key=10|20|40|all`); null (off, the default) is not written. */
  keyEvents: KeyEventsCount | null;
  /** Gap compression; on (the default) is not written, off is `gaps=0`. */
  compressGaps: boolean;
}

export const EMPTY_URL_STATE: UrlState = {
  domain: null,
  hiddenActors: [],
  hiddenTypes: [],
  hiddenFactualities: [],
  search: '',
  selectedId: null,
  laneOrder: [],
  laneBy: 'actor',
  keyEvents: null,
  compressGaps: true,
};

const MS_PER_MINUTE = 60_000;

export function encodeUrlState(s: UrlState): string {
  const parts: string[] = [];
  const put = (key: string, value: string) => parts.push(`${key}=${value}`);
  const list = (values: readonly string[]) => values.map(encodeURIComponent).join(',');
  if (s.domain) {
    put('from', encodeTime(s.domain[0], false));
    put('to', encodeTime(s.domain[1], true));
  }
  if (s.hiddenActors.length) put('hide', list(s.hiddenActors));
  // Types and factualities are listed by what is shown, which reads better in a shared link; with 37 types,
  // hiding one would list 36, so the hidden list is written instead when it is shorter.
  if (s.hiddenTypes.length) {
    const shown = typeTokens(EVENT_TYPES.filter((t) => !s.hiddenTypes.includes(t)));
    const hidden = typeTokens(EVENT_TYPES.filter((t) => s.hiddenTypes.includes(t)));
    if (hidden.join(',').length < shown.join(',').length) put('hidetypes', list(hidden));
    else put('types', list(shown));
  }
  if (s.hiddenFactualities.length)
    put('fact', list(FACTUALITIES.filter((f) => !s.hiddenFactualities.includes(f))));
  if (s.search) put('q', encodeURIComponent(s.search));
  if (s.selectedId !== null) put('sel', encodeURIComponent(s.selectedId));
  if (s.laneOrder.length) put('order', list(s.laneOrder));
  if (s.laneBy !== 'actor') put('lanes', s.laneBy);
  if (s.keyEvents !== null) put('key', String(s.keyEvents));
  if (!s.compressGaps) put('gaps', '0');
  return parts.join('&');
}

/**
 * Families whose every type is listed become the family's name. A family named like a type ('other') is
 * never abbreviated, so a token always means one thing.
 */
const ABBREVIATED_FAMILIES = EVENT_FAMILIES.filter(
  (f) => !(EVENT_TYPES as readonly string[]).includes(f),
).map((family) => ({ family, types: typesOfFamily(family) }));

function typeTokens(types: readonly EventType[]): string[] {
  const listed = new Set(types);
  const whole = ABBREVIATED_FAMILIES.filter((f) => f.types.every((t) => listed.has(t)));
  const covered = new Set(whole.flatMap((f) => f.types));
  return [...whole.map((f) => f.family), ...types.filter((t) => !covered.has(t))];
}

/** Types named by tokens (type names and family names), in EVENT_TYPES order; unknown tokens are ignored. */
function typesOfTokens(tokens: readonly string[]): EventType[] {
  const named = new Set(tokens);
  for (const f of ABBREVIATED_FAMILIES) if (named.has(f.family)) for (const t of f.types) named.add(t);
  return EVENT_TYPES.filter((t) => named.has(t));
}

export function decodeUrlState(hash: string): UrlState {
  const out: UrlState = {
    ...EMPTY_URL_STATE,
    hiddenActors: [],
    hiddenTypes: [],
    hiddenFactualities: [],
    laneOrder: [],
  };
  const fields = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const text = (key: string): string | undefined => {
    const raw = fields.get(key);
    return raw === undefined ? undefined : safeDecode(raw);
  };
  const list = (key: string): string[] | undefined => {
    const raw = fields.get(key);
    return raw === undefined ? undefined : raw.split(',').map(safeDecode);
  };
  const from = fields.has('from') ? decodeTime(fields.get('from') ?? '', false) : null;
  const to = fields.has('to') ? decodeTime(fields.get('to') ?? '', true) : null;
  if (from !== null && to !== null && to > from) out.domain = [from, to];
  out.hiddenActors = list('hide') ?? [];
  const types = list('types');
  const hiddenTypes = list('hidetypes');
  if (types) {
    const shown = typesOfTokens(types);
    out.hiddenTypes = EVENT_TYPES.filter((t) => !shown.includes(t));
  } else if (hiddenTypes) {
    out.hiddenTypes = typesOfTokens(hiddenTypes);
  }
  const fact = list('fact');
  if (fact) out.hiddenFactualities = FACTUALITIES.filter((f) => !fact.includes(f));
  out.search = text('q') ?? '';
  out.selectedId = text('sel') ?? null;
  out.laneOrder = list('order') ?? [];
  out.laneBy = text('lanes') === 'agent' ? 'agent' : 'actor';
  out.keyEvents = parseKeyEventsCount(text('key'));
  out.compressGaps = text('gaps') !== '0';
  return out;
}

function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Whole days print as YYYY-MM-DD; the end of a range prints as its last day (inclusive). */
function encodeTime(t: number, isEnd: boolean): string {
  const rounded = Math.round(t / MS_PER_MINUTE) * MS_PER_MINUTE;
  if (rounded % MS_PER_DAY === 0) {
    return new Date(isEnd ? rounded - MS_PER_DAY : rounded).toISOString().slice(0, 10);
  }
  return new Date(rounded).toISOString().slice(0, 16) + 'Z';
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})Z$/;

function decodeTime(text: string, isEnd: boolean): number | null {
  const day = DAY_RE.exec(text);
  if (day) {
    const t = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== text) return null;
    return isEnd ? t + MS_PER_DAY : t;
  }
  const minute = MINUTE_RE.exec(text);
  if (minute) {
    const t = Date.UTC(
      Number(minute[1]),
      Number(minute[2]) - 1,
      Number(minute[3]),
      Number(minute[4]),
      Number(minute[5]),
    );
    if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 16) + 'Z' !== text) return null;
    return t;
  }
  return null;
}
