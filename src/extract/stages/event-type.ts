/**
 * Stage: event type. Typed phrases first (event-types.ts: "fired 8 ballistic missiles", "declared a
 * ceasefire"), since they need the object to be sure; then verb-plus-object pairs ("cut jobs", "step
 * down"); then the verb or noun alone (lexicon/predicate-types.ts, lexicon/event-nouns.ts). A
 * predicate none of them knows stays 'other' and keeps its lemma.
 */
import type { Predicate, SentenceAnalysis } from '../analysis';
import { findTriggers } from '../event-types';
import { EVENT_NOUNS } from '../lexicon/event-nouns';
import { VERB_OBJECT_TYPES, VERB_TYPES } from '../lexicon/predicate-types';

/** Kinds of event one agrees to, so that "agreed to a ceasefire" is the ceasefire. */
const AGREED_TYPES: ReadonlySet<string> = new Set(['ceasefire']);
/** Verbs that act on sanctions or a truce without saying more: "extended sanctions", "lifted the embargo". */
const SUPPORT_TYPES: ReadonlySet<string> = new Set(['policy', 'other', 'agreement']);
/** What those verbs can act on, so that "extended sanctions" is about sanctions. */
const SUPPORTED_OBJECT_TYPES: ReadonlySet<string> = new Set(['sanctions', 'ceasefire']);

/** Particles and adverbs that complete a verb's meaning. */
const PARTICLES: ReadonlySet<string> = new Set(['public', 'off', 'down', 'up', 'out']);

/** Words after the verb searched for its particle or object ("laid off", "cut 300 jobs"). */
const OBJECT_WINDOW_TOKENS = 4;

export function eventTypeStage(s: SentenceAnalysis): void {
  const triggers = findTriggers(s.text);
  for (const trigger of triggers) {
    const inside = s.predicates.filter((p) => {
      const t = s.tokens[p.head];
      return t !== undefined && t.start >= trigger.start && t.end <= trigger.end;
    });
    const p = inside.find((x) => x.kind === 'verb') ?? inside[0];
    if (p) {
      if (!p.trigger) {
        p.trigger = trigger;
        p.type = trigger.type;
      }
      continue;
    }
    // A typed noun phrase the lexicon of single nouns lacks ("missile launches"): a predicate of its own.
    let last = -1;
    s.tokens.forEach((t, i) => {
      if (t.start >= trigger.start && t.end <= trigger.end) last = i;
    });
    const head = s.tokens[last];
    if (!head) continue;
    const created: Predicate = {
      head: last,
      first: last,
      kind: 'noun',
      lemma: head.lemma,
      tense: 'none',
      perfect: false,
      progressive: false,
      passive: false,
      modal: '',
      negated: false,
      finite: false,
      subordinator: '',
      quoted: false,
      reporting: false,
      agent: null,
      agentBasis: '',
      patient: null,
      others: [],
      time: null,
      type: trigger.type,
      trigger,
      factuality: 'asserted',
    };
    s.predicates.push(created);
  }
  s.predicates.sort((a, b) => a.head - b.head);
  for (const p of s.predicates) {
    if (p.trigger) continue;
    if (p.kind === 'noun') {
      p.type = EVENT_NOUNS[p.lemma] ?? 'other';
      continue;
    }
    const next = s.tokens.slice(p.head + 1, p.head + 1 + OBJECT_WINDOW_TOKENS).map((t) => t.lower);
    const pair = VERB_OBJECT_TYPES.find(([lemma, re]) => lemma === p.lemma && next.some((w) => re.test(w)));
    p.type = pair?.[2] ?? VERB_TYPES[p.lemma] ?? 'other';
    // "made public", "stepped down", "laid off": the particle belongs in the title's verb.
    const particle = pair ? next.find((w) => PARTICLES.has(w) && pair[1].test(w)) : undefined;
    const head = s.tokens[p.head];
    if (particle && head)
      p.trigger = {
        type: p.type,
        start: head.start,
        end: head.end,
        text: head.text,
        lemma: `${p.lemma} ${particle}`,
      };
  }
  // "agreed to a ceasefire", "extended sanctions": a verb that only acts on a specific kind of event
  // is that event. Verbs of saying keep their type ("condemned the sanctions" is a statement).
  for (const p of s.predicates) {
    if (p.kind !== 'verb' || !SUPPORT_TYPES.has(p.type)) continue;
    const object = s.predicates.find(
      (q) =>
        q.kind === 'noun' && q.head > p.head && q.head - p.head <= 5 && SUPPORTED_OBJECT_TYPES.has(q.type),
    );
    if (!object || s.tokens.slice(p.head + 1, object.head).some((t) => t.pos === 'VERB' || t.text === ','))
      continue;
    if (p.type === 'agreement' && !AGREED_TYPES.has(object.type)) continue;
    const agreed = p.type === 'agreement';
    p.type = object.type;
    const base = object.trigger ?? p.trigger;
    if (base)
      p.trigger = agreed
        ? { ...base, lemma: 'agree to ceasefire' }
        : { ...base, start: s.tokens[p.head]?.start ?? base.start };
  }
}
