/**
 * The view state carried in the URL hash, so a copied link reopens the same view:
 * `#from=2022-01-01&to=2025-07-31&hide=russia,china&types=missile-test&fact=asserted&q=missile&sel=<id>`.
 * `to` is the last visible day, inclusive. Ranges that are not whole days use minutes (`2022-06-05T13:30Z`).
 * Decoding never throws: unknown keys and malformed values are ignored.
 */
import { MS_PER_DAY } from './day';
import { EVENT_TYPES, FACTUALITIES } from './event-record';
import type { TimeDomain } from './time-domain';

export interface UrlState {
  domain: TimeDomain | null;
  hiddenActors: string[];
  hiddenTypes: string[];
  hiddenFactualities: string[];
  search: string;
  selectedId: string | null;
  /** Explicit lane order (actor ids); empty means the default order. */
  laneOrder: string[];
}

export const EMPTY_URL_STATE: UrlState = {
  domain: null,
  hiddenActors: [],
  hiddenTypes: [],
  hiddenFactualities: [],
  search: '',
  selectedId: null,
  laneOrder: [],
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
  // Types and factualities are listed by what is shown, which reads better in a shared link.
  if (s.hiddenTypes.length) put('types', list(EVENT_TYPES.filter((t) => !s.hiddenTypes.includes(t))));
  if (s.hiddenFactualities.length)
    put('fact', list(FACTUALITIES.filter((f) => !s.hiddenFactualities.includes(f))));
  if (s.search) put('q', encodeURIComponent(s.search));
  if (s.selectedId !== null) put('sel', encodeURIComponent(s.selectedId));
  if (s.laneOrder.length) put('order', list(s.laneOrder));
  return parts.join('&');
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
  if (types) out.hiddenTypes = EVENT_TYPES.filter((t) => !types.includes(t));
  const fact = list('fact');
  if (fact) out.hiddenFactualities = FACTUALITIES.filter((f) => !fact.includes(f));
  out.search = text('q') ?? '';
  out.selectedId = text('sel') ?? null;
  out.laneOrder = list('order') ?? [];
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
