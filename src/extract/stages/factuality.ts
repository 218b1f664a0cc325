/**
 * Stage: factuality. The verb group says most of it (a negation, a modal, the future); cue words
 * before the predicate in its clause say the rest ("plans to", "is expected to", "refused to"; see
 * ../factuality.ts). A date after the publication day makes an asserted event planned.
 */
import type { ArticleAnalysis, Predicate, SentenceAnalysis } from '../analysis';
import { factualityAt, isDemanded } from '../factuality';
import { DENIAL_VERBS, MODALS } from '../lexicon/verb-classes';
import { agreeWithPlan } from './tense-direction';

/** True when the predicate is what someone asked for or proposed, not something that happened. */
export function isWeak(s: SentenceAnalysis, p: Predicate): boolean {
  const start = s.tokens[p.head]?.start ?? 0;
  return (p.quoted && p.type !== 'statement') || (p.type !== 'statement' && isDemanded(s.text, start));
}

/** The nearest verb before the predicate's clause when it is a verb of saying, else null. */
function reportedBy(s: SentenceAnalysis, p: Predicate): Predicate | null {
  const governor = [...s.predicates].reverse().find((q) => q.kind === 'verb' && q.head < p.first);
  return governor?.reporting === true ? governor : null;
}

/** Verbs of saying whose clause is a guess about what will happen: "forecast that inflation would peak". */
const PREDICTION_VERBS: ReadonlySet<string> = new Set([
  'forecast',
  'predict',
  'estimate',
  'project',
  'expect',
]);

/** True when the predicate, or the verb it hangs on, is in the past ("planned to", "was due to"). */
function toldInThePast(s: SentenceAnalysis, p: Predicate): boolean {
  if (p.kind === 'verb' && p.finite && p.tense === 'past') return true;
  const governor = [...s.predicates]
    .reverse()
    .find((q) => q.kind === 'verb' && q.head < p.first && q !== p && !q.reporting);
  const aux = s.tokens
    .slice(Math.max(0, p.first - 4), p.first)
    .some((t) => /^(?:was|were|had)$/.test(t.lower));
  return aux || (governor !== undefined && governor.finite && governor.tense === 'past');
}

/** Changes of amount that "nearly" only makes approximate: "profits nearly doubled" did grow. */
const MULTIPLYING_VERBS: ReadonlySet<string> = new Set(['double', 'triple', 'quadruple', 'halve', 'treble']);

/**
 * "the Dow nearly broke that record", "almost lost the final": what nearly happened did not happen.
 */
function nearlyDone(s: SentenceAnalysis, p: Predicate): boolean {
  if (p.kind !== 'verb' || MULTIPLYING_VERBS.has(p.lemma)) return false;
  for (let k = p.head - 1; k >= Math.max(0, p.head - 3); k--) {
    const t = s.tokens[k];
    if (!t || (t.pos !== 'ADV' && t.pos !== 'AUX')) return false;
    if (t.lower === 'nearly' || t.lower === 'almost') return true;
  }
  return false;
}

export function factualityStage(doc: ArticleAnalysis, s: SentenceAnalysis): void {
  for (const p of s.predicates) {
    const start = s.tokens[p.trigger ? p.first : p.head]?.start ?? 0;
    // A finite verb group says its own modality ("would require ..., Peskov said" is a plain
    // statement); cue words before the predicate matter for infinitives and nouns ("plans to visit").
    const ownGroup = p.kind === 'verb' && p.finite;
    const cue = ownGroup
      ? 'asserted'
      : factualityAt(s.text, p.trigger ? Math.min(start, p.trigger.start) : start);
    const reporter = p.modal === 'would' && p.subordinator === 'that' ? reportedBy(s, p) : null;
    if (p.negated || nearlyDone(s, p)) p.factuality = 'negated';
    // "said ... that the defense would appeal": in reported speech "would" is the future seen from
    // then, a plan, not a hedge.
    else if (reporter) {
      // ... unless what was said is a forecast, which stays a possibility.
      p.factuality = PREDICTION_VERBS.has(reporter.lemma) ? 'possible' : 'planned';
    } else if (p.modal !== '') p.factuality = MODALS[p.modal] ?? 'possible';
    else if (p.tense === 'future') p.factuality = 'planned';
    else p.factuality = cue;
    if (p.factuality === 'asserted' && p.time && p.time.date.first > doc.ref.date) p.factuality = 'planned';
    // "expects to launch the shot in the fall": a plan's bare season, month or weekday lies ahead;
    // not a plan told in the past ("had planned to open the store in March").
    if (p.factuality === 'planned' && p.time && !toldInThePast(s, p))
      p.time = { ...p.time, date: agreeWithPlan(p.time.date, doc.ref.date) };
    // "The ministry denied that troops had entered the village": the denied clause did not happen,
    // as far as the speaker says.
    if (p.subordinator === 'that' && p.factuality === 'asserted') {
      const governor = [...s.predicates].reverse().find((q) => q.kind === 'verb' && q.head < p.first);
      if (governor && DENIAL_VERBS.has(governor.lemma) && !governor.negated) p.factuality = 'negated';
    }
  }
}
