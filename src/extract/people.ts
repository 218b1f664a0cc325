/**
 * People named in a sentence: anyone listed in actors.json, plus capitalised names that follow a role
 * ("counterpart Choe Son-hui", "spokesman Dmitry Peskov", "analyst Cheong Seong-Chang"). Each name
 * keeps its position and role, so the title can tell a meeting partner from a spokesman who reports it.
 */
import type { ActorMention } from './actors';
import { ORG_WORDS } from './lexicon/entity-cues';
import { GIVEN_NAMES } from './lexicon/given-names';
import { SURNAME_PARTICLE_ALTERNATION } from './lexicon/name-particles';

const ROLE_RE = new RegExp(
  String.raw`\b(President|Prime Minister|Minister|Secretary|spokes(?:man|woman|person)|counterparts?|leader|Ambassador|ambassador|envoy|Gen\.|General|Admiral|Chancellor|Premier|King|Queen|Prince|Senator|Sen\.|Rep\.|commander|chief|Director|director|analyst|official|Chairman|chairman|chairperson|Governor|governor|Mayor|Pope|Vice Minister|Deputy|aide|adviser|advisor|researcher|professor|Professor|Dr\.)\s+(\p{Lu}[\p{L}’'.]*(?:-\p{L}+)*(?:\s(?:(?:${SURNAME_PARTICLE_ALTERNATION})\s){0,2}\p{Lu}[\p{L}’'.]*(?:-\p{L}+)*){1,3})`,
  'gu',
);

/** Roles whose holders comment on events rather than take part in them. */
const OBSERVER_ROLE_RE =
  /^(?:spokes(?:man|woman|person)|analyst|researcher|professor|Professor|official|aide|adviser|advisor|Dr\.)$/;

const NOT_NAME_WORD_RE =
  /^(?:of|the|and|The|Foreign|Defense|Defence|Deputy|Vice|State|Minister|President|Secretary|General|Affairs|Ministry|Office|Council|House|Party|North|South|East|West|Korea|Korean|Russia|Russian|Japan|Japanese|China|Chinese|United|States|US|UN|Institute|News|Agency|on|in|at|said|says|told)$/;

/**
 * Family names that come first in East Asian names as English-language news prints them ("Kim Jong Un",
 * "Xi Jinping", "Lai Ching-te"). Such names stay whole in titles: "Kim" alone is ambiguous and "Jinping"
 * is a given name. Japanese names are printed given name first, so they are not listed.
 */
const EAST_ASIAN_FAMILY_NAMES = new Set(
  (
    'Kim Lee Park Pak Choe Choi Cho Yoon Moon Ri Han Jung Kang Shin Xi Wang Li Zhang Liu Chen Yang Zhao ' +
    'Huang Zhou Wu Xu Sun Ma Hu Guo Gao Lin Luo Mao Dong Wen Lai Tsai Hsiao Ko'
  ).split(' '),
);
/** Particles that belong to a surname: "el-Sisi", "Al Thani", "von der Leyen", "bin Salman". */
const SURNAME_PARTICLE_RE = new RegExp(`^(?:${SURNAME_PARTICLE_ALTERNATION})$`, 'i');
/**
 * A Spanish paternal surname ("López", "Sánchez", "Ruiz") before the last word of a longer name is the
 * first of two: "Andrés Manuel López Obrador" is "López Obrador".
 */
const PATERNAL_SURNAME_RE = /^\p{Lu}\p{L}+[eéiíaá]z$/u;

/** Short form for titles: "Sergei Lavrov" -> "Lavrov", "Kim Jong Un" stays, "Sheikh ... Al Thani" -> "Al Thani". */
const GENERATION_RE = /^(?:Jr\.?|Sr\.?|Junior|Senior|II|III|IV),?$/;

export function shortName(name: string): string {
  const words = name.split(/\s+/);
  if (words.length === 1) return name;
  if (EAST_ASIAN_FAMILY_NAMES.has(words[0] ?? '') && words.length <= 3) return name;
  // "Ken Griffey Jr.", "Vinicius Junior": a generational suffix is no surname.
  while (words.length > 1 && GENERATION_RE.test(words[words.length - 1] ?? '')) words.pop();
  if (words.length === 1) return words[0] ?? name;
  let from = words.length - 1;
  while (from > 1 && SURNAME_PARTICLE_RE.test(words[from - 1] ?? '')) from--;
  if (from === words.length - 1 && from > 1 && PATERNAL_SURNAME_RE.test(words[from - 1] ?? '')) from--;
  return words.slice(from).join(' ');
}

/**
 * Whether a two-word name read as a person's, with nothing else to say so (no office, not listed), may
 * be a firm's: "Northrop Grumman", "Novo Nordisk" open with no given name. Such a name stays whole in a
 * title, where its last word alone ("Grumman") would read as a person.
 */
export function mayBeFirmName(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.length === 2 &&
    !GIVEN_NAMES.has(words[0] ?? '') &&
    !EAST_ASIAN_FAMILY_NAMES.has(words[0] ?? '') &&
    // "Vinicius Junior": a generational suffix is a person's.
    !GENERATION_RE.test(words[1] ?? '')
  );
}

/** A person named in a sentence. Offsets are into the sentence; `role` is the word before the name. */
export interface PersonSpan {
  name: string;
  start: number;
  end: number;
  role: string;
  /** True for spokesmen, analysts, officials: people who describe an event, not partners in it. */
  observer: boolean;
}

/** People in text order, one span per name (a full name absorbs a later or earlier surname). */
export function findPeopleSpans(sentence: string, mentions: readonly ActorMention[]): PersonSpan[] {
  const spans: PersonSpan[] = [];
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    spans.push({ name: m.text, start: m.start, end: m.end, role: '', observer: false });
  }
  ROLE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ROLE_RE.exec(sentence))) {
    const role = m[1] ?? '';
    const words = (m[2] ?? '').trim().split(/\s+/);
    const nameWords: string[] = [];
    for (const w of words) {
      if (NOT_NAME_WORD_RE.test(w.replace(/[’']s$/, ''))) break;
      nameWords.push(w);
      if (/[’']s$/.test(w)) break;
    }
    if (nameWords.length < 2) continue;
    // "General Motors Corporation", "General Electric": a firm's name, not a general's.
    if (nameWords.some((w) => ORG_WORDS.has(w.replace(/[’',.]+$/, '').toLowerCase()))) continue;
    const name = nameWords.join(' ');
    const start = m.index + m[0].indexOf(nameWords[0] ?? '', role.length);
    spans.push({ name, start, end: start + name.length, role, observer: OBSERVER_ROLE_RE.test(role) });
  }
  // Roles found by the pattern describe the mention at the same place.
  for (const s of spans) {
    const withRole = spans.find((o) => o !== s && o.role !== '' && o.start <= s.start && s.start < o.end + 1);
    if (withRole && s.role === '') {
      s.role = withRole.role;
      s.observer = withRole.observer;
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const out: PersonSpan[] = [];
  for (const s of spans) {
    const clean = s.name
      .trim()
      .replace(/[’']s$/, '')
      .replace(/[,.;:]$/, '');
    if (clean === '') continue;
    const same = out.find((p) => isSamePerson(p.name, clean));
    if (same) {
      if (clean.length > same.name.length) same.name = clean;
      if (s.role !== '' && same.role === '') {
        same.role = s.role;
        same.observer = s.observer;
      }
      continue;
    }
    out.push({ ...s, name: clean });
  }
  return out;
}

/** "Lavrov" and "Sergei Lavrov", "Abdel Fattah" and "Abdel Fattah el-Sisi" name one person. */
export function isSamePerson(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.endsWith(` ${short}`) || long.startsWith(`${short} `);
}

export function findPeople(sentence: string, mentions: readonly ActorMention[]): string[] {
  return findPeopleSpans(sentence, mentions).map((p) => p.name);
}
