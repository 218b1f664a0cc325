/**
 * The actor who acts in a sentence: the grammatical agent of the trigger, not simply the first name
 * in the sentence. Cheap clause rules stand in for a parser, since a parse per sentence would cost
 * more than the rest of extraction together:
 * - a passive with "by" names its agent after the verb ("were captured by Russian forces");
 * - a noun trigger is owned by the actor a few words before it ("the North's missile tests");
 * - "a meeting between X and Y" is led by X;
 * - otherwise the first actor of the trigger's clause that is not after a preposition, then the
 *   nearest such actor in an earlier clause ("Choe said" owns a quote before it).
 * Place names after a preposition ("talks in Cairo") are locations and never become the agent.
 */
import type { ActorMention } from './actors';
import { clauseStartAt } from './clauses';
import type { Trigger } from './event-types';

/** Nouns that look like verb forms: "meeting" ends in -ing but has an owner ("the SCO meeting"). */
const ING_NOUN_RE = /(?:meeting|briefing|bombing|shelling|training|gathering|hearing)s?$/i;
/** Verb forms among triggers; the rest are nouns ("summit", "missile tests") that can have an owner. */
const VERBAL_TRIGGER_RE =
  /(?:ed|ing|met|said|says|told|flew|struck|sent|retook|fires|launches|meets|visits|seized)$/i;
/** "the North’s missile tests", "ASEAN foreign ministers' meeting": the owner sits a few words before the noun. */
const OWNER_GAP_RE = /^(?:[’']s)?\s+(?:[\p{L}’'-]+\s+){0,3}$/u;
const PREPOSITION_BEFORE_RE =
  /\b(?:in|at|to|from|with|against|toward|towards|on|of|into|near|between|by|for|over|about|than|around|across)\s+(?:the\s+)?$/i;
/** "was fired by", "were captured by", "has been struck by": the passive auxiliary before the verb. */
const PASSIVE_BEFORE_RE = /\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$/i;
/** Up to two words (a demonym's noun, "the") between "by" and the agent: "by Russian forces". */
const BY_AGENT_GAP_RE = /^\s+by\s+(?:the\s+)?$/i;

function isAgentLike(sentence: string, m: ActorMention): boolean {
  return !PREPOSITION_BEFORE_RE.test(sentence.slice(Math.max(0, m.start - 14), m.start));
}

function isLocation(sentence: string, m: ActorMention): boolean {
  return m.kind === 'capital' && !isAgentLike(sentence, m);
}

/** The passive agent, or null when the trigger is not a passive with "by". */
function passiveAgent(
  sentence: string,
  mentions: readonly ActorMention[],
  trigger: Trigger,
): ActorMention | null {
  if (!PASSIVE_BEFORE_RE.test(sentence.slice(Math.max(0, trigger.start - 30), trigger.start))) return null;
  return (
    mentions.find(
      (m) => m.start >= trigger.end && BY_AGENT_GAP_RE.test(sentence.slice(trigger.end, m.start)),
    ) ?? null
  );
}

export function primaryMention(
  sentence: string,
  mentions: readonly ActorMention[],
  trigger: Trigger,
): ActorMention | null {
  const passive = passiveAgent(sentence, mentions, trigger);
  if (passive) return passive;
  if (/^\s+between\s/.test(sentence.slice(trigger.end, trigger.end + 12))) {
    const first = mentions.find((m) => m.start >= trigger.end);
    if (first) return first;
  }
  const verbal = VERBAL_TRIGGER_RE.test(trigger.text) && !ING_NOUN_RE.test(trigger.text);
  if (!verbal) {
    const before = mentions.filter((m) => m.end <= trigger.start);
    const owner = before[before.length - 1];
    if (owner && OWNER_GAP_RE.test(sentence.slice(owner.end, trigger.start))) return owner;
  }
  let clauseStart = clauseStartAt(sentence, trigger.start);
  for (;;) {
    // A pronoun is the subject of a verb, rarely the owner of a noun further on ("He accused ... the drill").
    const inClause = mentions.find(
      (m) =>
        m.start >= clauseStart &&
        m.end <= trigger.start &&
        isAgentLike(sentence, m) &&
        (verbal || m.anaphor === undefined),
    );
    if (inClause) return inClause;
    const earlier = mentions.filter((m) => m.end <= clauseStart && isAgentLike(sentence, m));
    const last = earlier[earlier.length - 1];
    if (!last) break;
    clauseStart = clauseStartAt(sentence, last.start);
  }
  const usable = mentions.filter((m) => !isLocation(sentence, m));
  return usable.find((m) => m.end <= trigger.start) ?? usable.find((m) => m.start >= trigger.start) ?? null;
}

/**
 * The person who acts for the primary actor: the primary itself when it is a person, else the person
 * of the same actor nearest before the trigger and after the primary ("Russian Foreign Minister Sergei
 * Lavrov met", "KCNA ... shows Kim Jong Un speaking during a meeting").
 */
export function subjectPerson(
  mentions: readonly ActorMention[],
  primary: ActorMention | null,
  trigger: Trigger,
): ActorMention | null {
  if (!primary) return null;
  if (primary.kind === 'person') return primary;
  const candidates = mentions.filter(
    (m) =>
      m.kind === 'person' &&
      m.actorId === primary.actorId &&
      m.start >= primary.start &&
      (m.end <= trigger.start || m.start <= primary.end + PERSON_AFTER_ACTOR_CHARS),
  );
  const before = candidates.filter((m) => m.end <= trigger.start);
  return before[before.length - 1] ?? candidates[0] ?? null;
}

/** "Russian Foreign Minister Sergei Lavrov": a title of up to about five words between actor and name. */
const PERSON_AFTER_ACTOR_CHARS = 40;
