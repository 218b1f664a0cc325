/**
 * A lane name that fits a narrow gutter, made from its words rather than cut mid-word: "North Korea" ->
 * "N. Korea" -> "NK", "Shanghai Cooperation Organisation" -> "S. C. Organisation" -> "SCO". A one-word
 * name has no shorter form and is kept whole while it fits; only what fits in no form is cut with "…".
 * Pure text and widths; the caller shows the full name on hover and to screen readers.
 */

import { UNKNOWN_ACTOR_LABEL, UNKNOWN_ACTOR_SHORT_LABEL } from '../model/actor';

/** Width of `text` in `font`, CSS px. */
export type Measure = (font: string, text: string) => number;

const ELLIPSIS = '…';
/** Words left out of initials: "Bank of America" -> "BA", as such names are usually shortened. */
const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'la', 'le', 'del', 'al', '&']);

/** The forms of `name` from longest to shortest, without the last-resort cut. */
export function nameForms(name: string): string[] {
  // Not a name: its initials ("NAN") would read as one.
  if (name === UNKNOWN_ACTOR_LABEL) return [name, UNKNOWN_ACTOR_SHORT_LABEL];
  const words = name.trim().split(/\s+/).filter(Boolean);
  const forms = [name];
  if (words.length < 2) return forms;
  const major = words.filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  const head = words[words.length - 1] ?? '';
  // Initials for the words before the head noun: "N. Korea", "U. States", "S. C. Organisation".
  const initialled = [...major.slice(0, -1).map((w) => `${initial(w)}.`), head].join(' ');
  if (major.length >= 2 && initialled.length < name.length) forms.push(initialled);
  // All initials: "NK", "US", "SCO". Only for two words or more that are not all minor words.
  const initials = major.map(initial).join('');
  if (initials.length >= 2) forms.push(initials);
  return forms;
}

/** The longest form of `name` within `maxWidth`, else the shortest form cut at a character with "…". */
export function fitName(name: string, maxWidth: number, font: string, measure: Measure): string {
  const forms = nameForms(name);
  for (const form of forms) if (measure(font, form) <= maxWidth) return form;
  return ellipsize(forms[forms.length - 1] ?? name, maxWidth, font, measure);
}

/** `label` cut to fit `maxWidth` with a trailing "…", or unchanged when it fits. */
export function ellipsize(label: string, maxWidth: number, font: string, measure: Measure): string {
  if (measure(font, label) <= maxWidth) return label;
  const chars = Array.from(label);
  // Longest prefix that fits with the ellipsis, by binary search over character counts.
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (measure(font, chars.slice(0, mid).join('').trimEnd() + ELLIPSIS) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? ELLIPSIS : chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

/** The first letter, upper-cased ("actor" -> "A"); a whole first character for non-Latin scripts. */
function initial(word: string): string {
  return (Array.from(word)[0] ?? '').toUpperCase();
}
