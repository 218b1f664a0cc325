/**
 * Pieces of a headline read from the sentence around a trigger: what a verb acts on ("rejected the
 * proposal" -> "proposal", "seized the eastern city of Goma" -> "Goma"), a meeting's name ("a meeting
 * of the ruling party's Politburo" -> "Politburo meeting") and who takes part with the subject.
 * Pattern rules over one sentence; anything they cannot read stays '' and the title falls back.
 */
import type { ActorMention } from './actors';
import type { Trigger } from './event-types';
import type { PersonSpan } from './people';
import { isSamePerson } from './people';

/** Words that end a noun phrase: prepositions, conjunctions, verbs of saying. */
const NP_STOP_RE =
  /^(?:on|in|at|as|for|by|with|to|from|that|and|or|but|after|before|over|saying|said|which|who|while|amid|since|during|of|between|against|among)$/;
const DETERMINER_RE = /^(?:the|a|an|its|their|his|her|this|that|these|those|any|new|fresh|further)$/;
/** Three words are enough for a headline object: "U.S. bridging proposal". */
const MAX_OBJECT_WORDS = 3;
const PLACE_OBJECT_RE =
  /^\s+(?!by\s)(?:(?:the|a)\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:(?:city|town|village|port|region|province|district|capital|area|airport|base)\s+of\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})/u;
const PASSIVE_SUBJECT_RE =
  /^["“]?((?:\p{L}[\p{L}\p{N}’'-]*\s+){1,5}?)(?:in\s+[^,]{1,40}?\s+)?(?:was|were|has been|have been)\s+$/u;
const MEETING_NOUNS_RE = /^(?:meeting|meetings|session|plenum|plenary|summit|conference|congress|talks)$/i;
/** "a meeting of the ruling party's Politburo", "the Politburo meeting", "Politburo members met". */
const MEETING_OF_RE = /^\s+of\s+(?:the\s+)?(?:[\p{Ll}\s’'-]*?[’']s\s+)?((?:\p{Lu}[\p{L}-]*\s?){1,4})/u;
const NAME_BEFORE_RE = /((?:\p{Lu}[\p{L}-]*\s+){1,4})(?:members?\s+)?$/u;

/** The noun phrase right after a verb trigger, lower-cased and without its article; '' if none. */
/** Words of time left before a date a title leaves out: "early [on Saturday]", "late [last year]". */
export const DANGLING_TIME_WORDS: ReadonlySet<string> = new Set([
  'early',
  'late',
  'mid',
  'earlier',
  'later',
  'overnight',
]);

export function verbObject(sentence: string, trigger: Trigger): string {
  const words = sentence
    .slice(trigger.end, trigger.end + 80)
    .trim()
    .split(/\s+/);
  const out: string[] = [];
  // Words after a possessive count afresh: "North Korea’s provocative streak" keeps its head noun.
  let counted = 0;
  for (const raw of words) {
    const bare = raw.replace(/[,.;:!?"”)]+$/, '');
    const w = bare.replace(/[’']$/, '');
    if (out.length === 0 && DETERMINER_RE.test(w.toLowerCase())) continue;
    if (NP_STOP_RE.test(w) || w === '' || !/^[\p{L}.-]+(?:[’'][sS])?$/u.test(w)) break;
    out.push(w);
    counted = /[’']s$/.test(w) ? 0 : counted + 1;
    if (bare !== raw || counted >= MAX_OBJECT_WORDS) break;
  }
  // "conceded defeat late [on Sunday]": a time word is the date's, which the row already has.
  while (out.length > 1 && DANGLING_TIME_WORDS.has((out[out.length - 1] ?? '').toLowerCase())) out.pop();
  return out.join(' ');
}

/** What was captured: a place after the verb, or the subject of a passive ("Two villages ... were captured"). */
export function captureObject(sentence: string, trigger: Trigger): string {
  const passive = PASSIVE_SUBJECT_RE.exec(sentence.slice(0, trigger.start));
  if (passive?.[1]) {
    const np = passive[1].trim().replace(/^(?:The|the)\s+/, '');
    return np.charAt(0).toLowerCase() + np.slice(1);
  }
  const rest = sentence.slice(trigger.end, trigger.end + 80);
  // "seized power on Monday", "took control of": what was seized is power itself.
  const power = /^\s+(power|control)\b/.exec(rest);
  if (power?.[1]) return power[1];
  const after = PLACE_OBJECT_RE.exec(rest);
  // Not "seized power on Monday": a day or month is no place.
  return after?.[1] && !DAY_OR_MONTH_RE.test(after[1]) ? after[1] : '';
}

const DAY_OR_MONTH_RE =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** "drills around Taiwan", "exercises off the coast of Japan": where drills happen relative to a place. */
const AROUND_RE =
  /^\s+(?:[\p{Ll}-]+\s+){0,2}?(around|near|off(?: the coast of)?|in)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})/u;

/** "around Taiwan" for "held large-scale drills around Taiwan"; '' when the drills have no place. */
export function drillArea(sentence: string, trigger: Trigger): string {
  const m = AROUND_RE.exec(sentence.slice(trigger.end, trigger.end + 60));
  return m?.[1] && m[2] ? `${m[1]} ${m[2]}` : '';
}

/** "The mediators are set to ...": a plural common-noun subject, for titles of events without an actor. */
const COMMON_SUBJECT_RE =
  /^["“]?(?:The|Both)\s+((?:[\p{Ll}-]+\s+){0,1}[\p{Ll}-]+s)\s+(?:are|were|have|had|will|would|may|could|said|say)\b/u;

export function commonSubject(sentence: string): string {
  const m = COMMON_SUBJECT_RE.exec(sentence)?.[1];
  return m ? m.charAt(0).toUpperCase() + m.slice(1) : '';
}

/** A meeting's name, e.g. "Politburo meeting", "plenary"; '' for a plain "meeting" or "talks". */
export function meetingName(sentence: string, trigger: Trigger, mentions: readonly ActorMention[]): string {
  const noun = /(\p{L}+)$/u.exec(trigger.text)?.[1] ?? '';
  const head = MEETING_NOUNS_RE.test(noun) ? noun.toLowerCase() : 'meeting';
  const of = MEETING_OF_RE.exec(sentence.slice(trigger.end, trigger.end + 80));
  if (of?.[1]) return `${of[1].trim()} ${head}`;
  // "Politburo members met", "the Politburo meeting"; not "Lavrov met", where the name is the subject.
  const from = Math.max(0, trigger.start - 50);
  const named = NAME_BEFORE_RE.exec(sentence.slice(from, trigger.start));
  if (named?.[1] && !/^(?:The|A|An|In|On)\s/.test(named[1])) {
    const start = from + named.index;
    const isActor = mentions.some((m) => m.start < trigger.start && m.end > start);
    const isNoun = MEETING_NOUNS_RE.test(noun) || /members?\s+$/.test(named[0]);
    if (!isActor && isNoun) return `${named[1].trim()} ${head}`;
  }
  if (/^(?:plenary|plenum|summit|congress|conference|talks)$/.test(head)) return head;
  // "convened a high-level national security meeting": keep the describing words.
  const described = /\s(?:an?|the)\s+((?:[\p{L}-]+\s+){1,4})(?:meeting|session)$/u.exec(trigger.text);
  return described?.[1] ? `${described[1].trim()} ${head}` : '';
}

/**
 * The partner phrase ends at the first preposition that starts a place, time or purpose ("met with
 * Choe in Wonsan", "a call with Trump on March 18", "drills around Taiwan"); "with", "between",
 * "from" and "of" stay inside it ("counterparts from South Korea and Japan").
 */
const PARTNER_PHRASE_END_RE =
  /\s(?:in|on|to|for|at|about|over|after|before|during|amid|as|by|around|near|off|across|since|until|that|which|who)\s/u;

export interface Partners {
  /** Full names of people who take part, in text order. */
  people: string[];
  /** Actor ids that take part, other than the primary. */
  actors: string[];
}

/**
 * Who meets, talks or drills with the subject: people and actors after the trigger in its clause
 * ("met with ... Choe Son-hui", "talks between Putin and Vucic"), never spokesmen or analysts who
 * report it, never the place it happens in.
 */
export function partnersOf(
  sentence: string,
  trigger: Trigger,
  clauseEnd: number,
  people: readonly PersonSpan[],
  mentions: readonly ActorMention[],
  primary: { actorId: string; person: string },
): Partners {
  const stop = PARTNER_PHRASE_END_RE.exec(sentence.slice(trigger.end, clauseEnd));
  const end = stop ? trigger.end + stop.index : clauseEnd;
  const inRange = (start: number): boolean => start >= trigger.end && start < end;
  const partnerPeople = people
    .filter(
      (p) =>
        !p.observer &&
        (inRange(p.start) || /^counterparts?$/.test(p.role)) &&
        (primary.person === '' || !isSamePerson(p.name, primary.person)),
    )
    .map((p) => p.name);
  const actors: string[] = [];
  for (const m of mentions) {
    if (m.actorId === primary.actorId || actors.includes(m.actorId) || !inRange(m.start)) continue;
    if (
      m.kind === 'capital' &&
      /\b(?:in|at|near)\s+(?:the\s+)?$/.test(sentence.slice(Math.max(0, m.start - 8), m.start))
    )
      continue;
    actors.push(m.actorId);
  }
  return { people: partnerPeople, actors };
}
