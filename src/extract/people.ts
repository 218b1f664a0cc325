/**
 * People named in a sentence: anyone listed in actors.json, plus capitalised names that follow a role
 * ("counterpart Choe Son-hui", "spokesman Dmitry Peskov", "analyst Cheong Seong-Chang").
 */
import type { ActorMention } from './actors';

const ROLE_RE =
  /\b(?:President|Prime Minister|Minister|Secretary|spokes(?:man|woman|person)|counterparts?|leader|Ambassador|ambassador|envoy|Gen\.|General|Admiral|Chancellor|Premier|King|Queen|Prince|Senator|Sen\.|Rep\.|commander|chief|Director|director|analyst|official|Chairman|chairman|Governor|Mayor|Pope|Vice Minister|Deputy|aide|adviser|advisor|researcher|professor|Professor|Dr\.)\s+((?:\p{Lu}[\p{L}’'.]*(?:-\p{L}+)*\s?){2,3})/gu;

const NOT_NAME_WORD_RE =
  /^(?:of|the|and|The|Foreign|Defense|Defence|Deputy|Vice|State|Minister|President|Secretary|General|Affairs|Ministry|Office|Council|House|Party|North|South|East|West|Korea|Korean|Russia|Russian|Japan|Japanese|China|Chinese|United|States|US|UN|Institute|News|Agency|on|in|at|said|says|told)$/;

/** Short form for titles: "Sergei Lavrov" -> "Lavrov"; East Asian names with a hyphen stay whole. */
export function shortName(name: string): string {
  const words = name.split(/\s+/);
  if (words.length === 1) return name;
  if (words.some((w) => w.includes('-'))) return name;
  // "Kim Jong Un", "Xi Jinping": family name first in short three-part or two-part Asian names.
  if (words.length === 3 && words.every((w) => w.length <= 4)) return words[0] ?? name;
  // "Choe Jin", "Wang Yi": a surname alone would read as a first name.
  if (words.length === 2 && words.every((w) => w.length <= 4)) return name;
  return words[words.length - 1] ?? name;
}

export function findPeople(sentence: string, mentions: readonly ActorMention[]): string[] {
  const people: string[] = [];
  const add = (name: string): void => {
    const clean = name.trim().replace(/[’']s$/, '');
    if (clean === '') return;
    // A later full name replaces an earlier surname, and a surname adds nothing after its full name.
    if (people.some((p) => p === clean || p.endsWith(` ${clean}`))) return;
    const shorter = people.findIndex((p) => clean.endsWith(` ${p}`));
    if (shorter >= 0) people[shorter] = clean;
    else people.push(clean);
  };
  const spans: [number, string][] = [];
  for (const m of mentions) if (m.kind === 'person') spans.push([m.start, m.text]);
  ROLE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ROLE_RE.exec(sentence))) {
    const words = (m[1] ?? '').trim().split(/\s+/);
    const nameWords: string[] = [];
    for (const w of words) {
      if (NOT_NAME_WORD_RE.test(w.replace(/[’']s$/, ''))) break;
      nameWords.push(w);
      if (/[’']s$/.test(w)) break;
    }
    if (nameWords.length >= 2) spans.push([m.index + m[0].indexOf(nameWords[0] ?? ''), nameWords.join(' ')]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  for (const [, name] of spans) add(name.replace(/[,.;:]$/, ''));
  return people;
}
