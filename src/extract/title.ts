/**
 * Short headline-style titles: "North Korea fires 8 ballistic missiles", "Lavrov meets Choe Son-hui
 * in Wonsan", "Putin declares three-day pause". Built from the event's fields, never copied from the
 * sentence, so they stay short and read the same way across articles.
 */
import type { EventType, Factuality } from '../model/event-record';
import { shortName } from './people';

export interface TitleParts {
  type: EventType;
  factuality: Factuality;
  /** Who acts: a person's name or an actor label; '' when unknown. */
  subject: string;
  /** Trigger lemma from the lexicon ("launch", "warn", "declare ceasefire"). */
  lemma: string;
  /** The trigger as written, for nouns worth keeping ("truce", "three-day pause"). */
  triggerText: string;
  /** Labels of the other actors. */
  others: string[];
  /** People other than the subject. */
  people: string[];
  location: string;
  quantity: number | null;
  quantityUnit: string;
  /** A secondary topic such as "ceasefire" for "Trump urges Russia and Ukraine on ceasefire". */
  topic: string;
}

/** Titles longer than this get cut at a word boundary; a timeline label has little room. */
const MAX_TITLE_CHARS = 90;

function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function thirdPerson(verb: string): string {
  const [head = '', ...rest] = verb.split(' ');
  let third: string;
  if (/(?:s|sh|ch|x|z)$/.test(head)) third = `${head}es`;
  else if (/[^aeiou]y$/.test(head)) third = `${head.slice(0, -1)}ies`;
  else third = `${head}s`;
  return [third, ...rest].join(' ');
}

function amount(parts: TitleParts, fallback: string): string {
  return parts.quantity !== null && parts.quantityUnit !== ''
    ? `${parts.quantity.toLocaleString('en-US')} ${parts.quantityUnit}`
    : fallback;
}

/** The verb phrase in its base form ("fire 8 missiles"), which the factuality then inflects. */
function predicate(parts: TitleParts): string {
  const where = parts.location ? ` in ${parts.location}` : '';
  const whom =
    parts.people.length > 0 ? list(parts.people.map(shortName).slice(0, 2)) : list(parts.others.slice(0, 2));
  const withWhom = whom ? ` with ${whom}` : '';
  const on = parts.others.length > 0 ? ` on ${list(parts.others.slice(0, 2))}` : '';
  switch (parts.type) {
    case 'missile-test':
      return `fire ${amount(parts, 'missiles')}`;
    case 'nuclear-test':
      return `conduct nuclear test${where}`;
    case 'attack':
      return parts.others.length > 0
        ? `attack ${list(parts.others.slice(0, 2))}`
        : `carry out attack${where}`;
    case 'military-operation':
      return `conduct military operation${where}`;
    case 'ceasefire': {
      const noun = /pause|truce|armistice/i.test(parts.triggerText)
        ? parts.triggerText.toLowerCase()
        : 'ceasefire';
      return `declare ${noun}`;
    }
    case 'sanctions':
      return `impose sanctions${on}`;
    case 'military-exercise':
      return `hold military drills${withWhom}`;
    case 'deployment':
      return `deploy ${amount(parts, 'forces')}${parts.location ? ` to ${parts.location}` : ''}`;
    case 'agreement':
      return `reach agreement${withWhom}`;
    case 'meeting':
      if (/phone|call/i.test(parts.triggerText)) return `hold phone call${withWhom}`;
      if (parts.people.length > 0) return `meet ${whom}${where}`;
      return whom ? `meet with ${whom}${where}` : `hold meeting${where}`;
    case 'travel':
      if (parts.location) return `${parts.lemma === 'visit' ? 'visit' : 'travel to'} ${parts.location}`;
      return parts.others.length > 0 ? `visit ${list(parts.others.slice(0, 2))}` : 'travel';
    case 'statement': {
      const others = list(parts.others.slice(0, 2));
      if (parts.lemma === 'say' || parts.lemma === 'issue statement') {
        const about = parts.topic || others;
        return about ? `comment on ${about}` : 'make statement';
      }
      const object =
        ['urge', 'warn', 'accuse', 'condemn', 'threaten'].includes(parts.lemma) && others ? ` ${others}` : '';
      return `${parts.lemma}${object}${parts.topic ? ` on ${parts.topic}` : ''}`;
    }
    case 'other':
      return parts.lemma || 'acts';
  }
}

export function makeTitle(parts: TitleParts): string {
  const subject = parts.subject || 'Unknown actor';
  const base = predicate(parts);
  let title: string;
  switch (parts.factuality) {
    case 'planned':
      title = `${subject} to ${base}`;
      break;
    case 'possible':
      title = `${subject} may ${base}`;
      break;
    case 'negated':
      title = `${subject} does not ${base}`;
      break;
    case 'asserted':
      title = `${subject} ${thirdPerson(base)}`;
  }
  if (title.length <= MAX_TITLE_CHARS) return title;
  return `${title.slice(0, title.lastIndexOf(' ', MAX_TITLE_CHARS - 1))}…`;
}
