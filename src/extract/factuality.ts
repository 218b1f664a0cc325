/**
 * Factuality of a trigger from the words just before it in its clause: "hasn't yet conducted" is
 * negated, "may be preparing to deploy" possible, "set to begin" planned. Only the clause counts, so
 * "officials said they could not confirm it, but the North fired a missile" keeps the launch asserted.
 */
import type { Factuality } from '../model/event-record';

/** How far back a cue can sit from its trigger, in characters; about eight words of news prose. */
// The cue patterns are ASCII words, so they use /i without /u: Unicode-wide case folding makes V8
// match them two to three times slower, and these run for every trigger.
const CUE_WINDOW_CHARS = 60;

const CLAUSE_BREAK_RE =
  /[;:—–]|,\s+(?:but|and|while|although|though|after|before|as|which|when)\s|\s(?:but|while|although|after)\s|["“”]/gi;

const NEGATED_RE =
  /\b(?:not|never|no|neither|nor|without|n['’]t|yet to|failed to|refused to|denied|denies|deny)\b(?:\s+\w+){0,6}\s*$|n['’]t(?:\s+\w+){0,6}\s*$/i;
/** "may" is matched case-sensitively apart, so the month in "In May, the army held drills" is no hedge. */
const MAY_RE = /\bmay\b/u;
const POSSIBLE_RE =
  /\b(?:might|could|possibly|likely|probably|perhaps|reportedly|apparently|preparing|prepares|prepare|considering|consider|considers|would|potential|possible|any)\b/i;
const PLANNED_RE =
  /\b(?:agreed to|agrees to|will|shall|['’]ll|set to|scheduled|plans?(?!\s+(?:for|of)\b)|planned|planning|intends?|expected to|expects? to|hopes? to|promised to|promises to|pledged to|vowed to|vows to|poised to|due to|is to|are to|upcoming|next|going to|to be held|aims? to|ready to)\b/i;
/** A demand names an event that has not happened: "pushed for a ceasefire", "called for talks". */
const DEMAND_RE =
  /\b(?:push(?:ed|es|ing)? for|call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|propos(?:e|es|ed|al)|seek(?:s|ing)?|sought|offer(?:s|ed)?|wants?|wanted)\b[^,;]*$/i;
/**
 * "talks on a ceasefire", "a position on sanctions": the trigger is a topic. The word between must be
 * lower-case, so "The African Union on Thursday welcomed" is a date, not a topic.
 */
const TOPIC_BEFORE_RE =
  /\b(?:[Oo]n|[Aa]bout|[Oo]ver|[Rr]egarding|speak about|position on)\s+(?:an?|the|any|An?|The|Any)?\s*(?:[\p{Ll}][\p{L}\p{N}-]*\s+)?$/u;

// isDemanded and factualityAt ask about the same trigger one after the other; remember the last answer.
let cachedSentence = '';
let cachedPosition = -1;
let cachedWindow = '';

/** The part of the sentence between the previous clause break and `position`. */
export function clauseBefore(sentence: string, position: number): string {
  if (sentence === cachedSentence && position === cachedPosition) return cachedWindow;
  const before = sentence.slice(0, position);
  let cut = 0;
  CLAUSE_BREAK_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK_RE.exec(before))) cut = m.index + m[0].length;
  cachedSentence = sentence;
  cachedPosition = position;
  cachedWindow = before.slice(Math.max(cut, position - CUE_WINDOW_CHARS));
  return cachedWindow;
}

/** True when the trigger is the object of a demand or proposal rather than a reported event. */
export function isDemanded(sentence: string, triggerStart: number): boolean {
  const before = clauseBefore(sentence, triggerStart);
  return DEMAND_RE.test(before) || TOPIC_BEFORE_RE.test(before);
}

/** After a noun trigger: "the drills are set to begin", "talks scheduled for Monday". */
const PLANNED_AFTER_RE =
  /^\S*\s+(?:[\w-]+\s+){0,2}?(?:(?:are|is|were|was)\s+)?(?:set to|scheduled|due to|expected to|planned|to be held|will)\b/i;
const POSSIBLE_AFTER_RE = /^\S*\s+(?:[\w-]+\s+){0,2}?(?:may|might|could)\b/u;

export function factualityAt(sentence: string, triggerStart: number): Factuality {
  const window = clauseBefore(sentence, triggerStart);
  if (NEGATED_RE.test(window)) return 'negated';
  if (POSSIBLE_RE.test(window) || MAY_RE.test(window)) return 'possible';
  if (PLANNED_RE.test(window)) return 'planned';
  const after = sentence.slice(triggerStart, triggerStart + CUE_WINDOW_CHARS);
  if (POSSIBLE_AFTER_RE.test(after)) return 'possible';
  if (PLANNED_AFTER_RE.test(after)) return 'planned';
  return 'asserted';
}
