/**
 * Reads the annotated development set format: plain text with TimeML-style inline tags,
 *
 *   <DOC dct="2022-06-08" category="wire">
 *   Talks ended <TIMEX3 type="DATE" value="2022-05">last month</TIMEX3>.
 *   </DOC>
 *
 * and returns the untagged text plus gold spans with offsets into it. Inline tags are easier to
 * write correctly by hand than offsets. Tags may not nest; `mod` is optional; `&lt;`, `&gt;`,
 * `&quot;` and `&amp;` in the text are unescaped. Errors name the line so a typo is quick to find.
 */
import type { Timex, TimexMod, TimexType } from '../../model/timex';
import { parseIsoDay } from './calendar';

export interface AnnotatedDocument {
  dct: string;
  category: string;
  text: string;
  timexes: Timex[];
}

export type ParseResult = { ok: true; doc: AnnotatedDocument } | { ok: false; error: string };

const DOC_RE = /^\s*<DOC\s+([^>]*)>\r?\n?([\s\S]*?)\r?\n?<\/DOC>\s*$/;
const ATTR_RE = /(\w+)="([^"]*)"/g;
const TAG_RE = /<TIMEX3\s+([^>]*)>([\s\S]*?)<\/TIMEX3>|<\/?[A-Za-z][^>]*>|&(?:lt|gt|quot|amp);/g;
const TYPES: readonly TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET'];
const MODS: readonly TimexMod[] = [
  'APPROX',
  'START',
  'MID',
  'END',
  'BEFORE',
  'AFTER',
  'ON_OR_BEFORE',
  'ON_OR_AFTER',
  'LESS_THAN',
  'MORE_THAN',
  'EQUAL_OR_LESS',
  'EQUAL_OR_MORE',
];
const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&amp;': '&' };

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTR_RE)) out.set(m[1] ?? '', m[2] ?? '');
  return out;
}

function lineOf(source: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

export function parseAnnotatedDocument(source: string): ParseResult {
  const doc = DOC_RE.exec(source.replace(/^\uFEFF/, ''));
  if (!doc) return { ok: false, error: 'expected one <DOC dct="YYYY-MM-DD" ...> ... </DOC> element' };
  const docAttrs = attributes(doc[1] ?? '');
  const dct = docAttrs.get('dct') ?? '';
  if (!parseIsoDay(dct)) return { ok: false, error: `DOC dct "${dct}" is not a YYYY-MM-DD day` };
  const body = doc[2] ?? '';
  const bodyOffset = source.indexOf(body);
  let text = '';
  const timexes: Timex[] = [];
  let last = 0;
  for (const m of body.matchAll(TAG_RE)) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    const where = `line ${lineOf(source, bodyOffset + m.index)}`;
    const entity = ENTITIES[m[0]];
    if (entity !== undefined) {
      text += entity;
      continue;
    }
    if (m[1] === undefined) return { ok: false, error: `${where}: unexpected tag ${m[0]}` };
    const inner = m[2] ?? '';
    if (inner.includes('<')) return { ok: false, error: `${where}: TIMEX3 tags may not nest` };
    if (inner.trim() !== inner || inner === '') {
      return { ok: false, error: `${where}: TIMEX3 text "${inner}" has outer spaces or is empty` };
    }
    const attrs = attributes(m[1]);
    const type = attrs.get('type') as TimexType | undefined;
    const value = attrs.get('value');
    const mod = attrs.get('mod') as TimexMod | undefined;
    if (!type || !TYPES.includes(type)) return { ok: false, error: `${where}: bad type "${type ?? ''}"` };
    if (!value) return { ok: false, error: `${where}: missing value` };
    if (mod !== undefined && !MODS.includes(mod)) return { ok: false, error: `${where}: bad mod "${mod}"` };
    const start = text.length;
    text += inner;
    timexes.push({ start, end: text.length, text: inner, type, value, ...(mod ? { mod } : {}) });
  }
  text += body.slice(last);
  return { ok: true, doc: { dct, category: docAttrs.get('category') ?? 'uncategorized', text, timexes } };
}
