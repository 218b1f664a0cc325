/**
 * Stage: which predicates become rows. A row needs a date (its own, the publication date by news
 * convention, or one plainly carried over) and a happening: states ("comes in two colors"), wishes and
 * quoted words that are not statements are left out. One sentence gives one row per date: when two
 * predicates share a date, the better anchored, typed, main-clause one speaks for the sentence.
 */
import type { Predicate, SentenceAnalysis } from '../analysis';
import { NEWS_SOURCES, TIME_PERIOD_NOUNS } from '../lexicon/entity-cues';
import { IMPLICATIVE_VERBS, NON_EVENT_VERBS } from '../lexicon/verb-classes';
import { contrastClause, inWithPhrase, joinedClause, joinerIndex } from './anchoring';
import { isWeak } from './factuality';

function score(sentence: SentenceAnalysis, p: Predicate): number {
  let s = 0;
  // "according to preliminary results released on Friday": where the news came from yields to the
  // news on the same day, though it is a row of its own on another.
  if (p.kind === 'verb' && !p.finite && inAccordingPhrase(sentence, p)) s -= 20;
  if (p.time?.span) s += 8;
  if (p.type !== 'other') s += 4;
  if (p.subordinator === '') s += 2;
  if (p.agent) s += 1;
  if (p.kind === 'verb') s += 0.5;
  if (p.reporting && p.time?.span === null) s -= 1;
  return s;
}

export function isCandidate(s: SentenceAnalysis, p: Predicate): boolean {
  if (!p.time) return false;
  // "With more than 99 percent of ballots counted, Milei had ...": a participle in a "with" phrase sets the scene.
  // Not "with the FTSE losing 3.2%": an -ing form there tells news of its own.
  if (p.kind === 'verb' && !p.finite && /ed$/.test(s.tokens[p.head]?.lower ?? '') && inWithPhrase(s, p))
    return false;
  // "was forced to close the plant": the infinitive is the event, the verb before it only its frame.
  if (
    p.kind === 'verb' &&
    IMPLICATIVE_VERBS.has(p.lemma) &&
    s.tokens[p.head + 1]?.lower === 'to' &&
    s.predicates.some((q) => q.kind === 'verb' && q.head === p.head + 2 && q.time !== null)
  )
    return false;
  // "The company, founded in 2011, went public": a describing participle is a row only on a date of its own.
  if (p.describes && !p.time.span) return false;
  if (p.kind === 'verb' && NON_EVENT_VERBS.has(p.lemma) && p.type === 'other') return false;
  // "after talks in Berlin that lasted through the night": how long a thing named went on is said of
  // it in passing ("The plenary lasted five days" is news of its own).
  if (p.lemma === 'last' && /^(?:that|which)$/.test(p.subordinator)) return false;
  if (p.kind === 'noun' && !p.time.span) return false;
  // An infinitive dated only by convention is no row, unless it is what the sentence reports ("has
  // continued to hold the markets closed").
  if (p.kind === 'verb' && !p.finite && !p.time.span && p.main !== true) return false;
  if (p.quoted && p.type === 'other') return false;
  // "who turns 91 next week": an age reached is background, not news.
  if (p.kind === 'verb' && p.lemma === 'turn' && s.tokens[p.head + 1]?.pos === 'NUM') return false;
  // "the quarter ended October 29": a period that ends or begins is no news.
  if (/^(?:end|begin|start)$/.test(p.lemma) && TIME_PERIOD_NOUNS.has(s.tokens[p.first - 1]?.lower ?? ''))
    return false;
  if (isWeak(s, p) && p.type !== 'statement') return false;
  // "X spoke with Y on Wednesday, the ministry said": an undated closing attribution of a dated
  // event is where the news came from; the event is the row.
  if (
    p.reporting &&
    !p.time.span &&
    !joinedClause(s, p) &&
    s.predicates.some(
      (q) =>
        q !== p &&
        q.time?.span &&
        q.head < p.head &&
        // "Guardiola, who last won the competition in 2011, said": a relative clause is background.
        !s.tokens
          .slice(Math.max(0, q.first - 2), q.first)
          .some((t) => t.lower === 'who' || t.lower === 'which'),
    )
  )
    return false;
  // "Northwind has cut 300 jobs ..., the company said on Thursday": the saying lent its date to the
  // news before it, which speaks for the sentence.
  if (p.reporting && s.predicates.some((q) => q.head < p.head && q.time?.how.startsWith('reported by')))
    return false;
  // "..., Reuters reported": attribution to a news outlet, not news.
  if (p.reporting && p.agent && NEWS_SOURCES.has(p.agent.text.toLowerCase())) return false;
  return true;
}

/** Whether `p` stands in an "according to ..." phrase, before the next comma or clause. */
function inAccordingPhrase(s: SentenceAnalysis, p: Predicate): boolean {
  for (let j = p.first - 1; j >= 1; j--) {
    const t = s.tokens[j];
    if (!t || t.text === ',' || t.text === ';' || t.pos === 'SCONJ') return false;
    if (t.lower === 'to' && s.tokens[j - 1]?.lower === 'according') return true;
  }
  return false;
}

function sameDoer(p: Predicate, q: Predicate): boolean {
  return p.agent !== null && q.agent !== null ? p.agent.name === q.agent.name : p.subject === q.subject;
}

export function selectPredicates(s: SentenceAnalysis): Predicate[] {
  const best = new Map<string, Predicate>();
  for (const p of s.predicates) {
    if (!isCandidate(s, p) || !p.time) continue;
    // "Chile said on Sunday ..., and Japan pledged $2 million": a second main clause with a doer of
    // its own is a second event on the same day.
    const k = joinerIndex(s, p);
    const before =
      k < 0
        ? undefined
        : [...s.predicates].reverse().find((q) => q.kind === 'verb' && q.finite && q.head < k && q.time);
    const contrasted = contrastClause(s, p);
    const own =
      (before && !sameDoer(p, before)) || (contrasted && !sameDoer(p, contrasted)) ? `/${p.head}` : '';
    const key = `${p.time.date.first}/${p.time.date.last}${own}`;
    const current = best.get(key);
    if (!current || score(s, p) > score(s, current)) best.set(key, p);
  }
  return [...best.values()].sort((a, b) => a.head - b.head);
}
