/**
 * How much a day matters to the story, from its evidence (model/day-evidence.ts). The lessons of the
 * date-selection literature, in order of weight:
 *
 * - Count the articles that refer to a day, and how often each does. Kessler et al. (2012, "Finding
 *   salient dates for building thematic timelines") and Tran et al. (2013, the Timeline17 paper) rank
 *   dates by how many documents refer to them; Gholipour Ghalandari & Ifrim (2020, news-tls) rank by
 *   mentions (sentences that name the day), the strongest single feature of their supervised DATEWISE
 *   ranker, which also reads document counts. An article gets one vote, and one more for each doubling
 *   of its mentions of the day (log2): two plain mentions count as two articles would, one long look back
 *   that names a day eight times counts four, not eight.
 * - References made later weigh more. A day that later articles still name ("since the crash on
 *   October 10") is one the story kept coming back to; Tran, Herder & Markert (2015) build their date
 *   graph on exactly these references, and Martschat & Markert (2018, tilse) use them as date features.
 * - Publication bursts are discounted. An article's own publication day is where the extractor puts
 *   every undated lead, so a day on which many articles appeared would win on volume alone. Past the
 *   story's typical day (the median number of articles per publication day), those self-referential
 *   votes grow with the square root of the day's article count, not linearly. Measuring the burst
 *   against the story's own typical day keeps the ranking the same when every article comes k times
 *   (a story gathered from k outlets): each part of the score grows k-fold. Against a fixed one
 *   article a day, a story with ten articles on a typical day had its undated votes cut to about a
 *   third (1/sqrt(10)) against its dated ones, and the dev stories repeated ten times scored 0.672 /
 *   0.645 instead of 0.723 / 0.697 on the entity / keyword stories (`npm run eval:key-events -- --scale 10`).
 * - A news day counts a little on its own. Articles appear on or just after the days that matter, and
 *   the number of articles per day is one of the DATEWISE features; it is the weaker of the two
 *   simple rankings on long stories, so it only adds half a vote, with the same burst discount.
 * - A news day speaks for the day before it too. An article without a date phrase may report the
 *   previous day's event (a morning paper, a late result), so a share of a day's undated votes (its
 *   undated leads and its news-day vote) also goes to the day before; news-tls collects the undated
 *   lead sentences of an article for its publication day and the day before in the same way.
 * - The lead says what happened. A date in the first sentences of a story dates its main event
 *   (inverted pyramid); later sentences give background. Our own rule, not from the papers.
 *
 * Pure and linear in the number of mentions.
 */
import type { DayEvidence, DayMention } from './day-evidence';
import type { Factuality } from './event-record';

/** The knobs of the ranking; `DAY_SALIENCE_WEIGHTS` are the defaults and the eval's ablations flip one. */
export interface DaySalienceWeights {
  /** Vote of an undated row placed at its article's publication day, against 1 for a date phrase. */
  publication: number;
  /** Factor for an article published at least `laterAfterDays` after the day it names. */
  later: number;
  /**
   * From how many days after the day a reference counts as later. The next day's report ("on
   * Tuesday" in Wednesday's paper) is ordinary news, not the story looking back, so 2.
   */
  laterAfterDays: number;
  /** Factor for an article published before the day it names (a plan, a schedule). */
  earlier: number;
  /** Factor for a mention in the article's lead (sentence index below `leadSentences`). */
  lead: number;
  /**
   * Sentences 0 .. leadSentences-1 are the lead: the title-like first sentence and the two after it.
   * Five would score higher on the dev corpus, but only because its gold annotates just the first
   * sentences of each article.
   */
  leadSentences: number;
  /** Weight of log2(mentions) of one article on one day, on top of its single vote. */
  repeat: number;
  /**
   * Exponent of the burst discount: past the story's typical day t, n publication votes of a day sum to
   * t * (n / t)^burst (burstCount). 1 = off.
   */
  burst: number;
  /** Factor per factuality: a denied event is rarely a key moment, a planned one sometimes is. */
  factuality: Readonly<Record<Factuality, number>>;
  /**
   * Vote of a news day: a day on which n of the story's articles appeared gets newsDay * burstCount(n)
   * on top of what its rows say, whatever dates those articles' rows carry.
   */
  newsDay: number;
  /** Share of the next day's undated votes (SalienceParts.undated) a day also gets. */
  dayBefore: number;
}

/**
 * Defaults, set from the reasoning above and left round on purpose (the dev corpus has 60 articles and
 * cannot tell 1.5 from 1.6): a publication-day vote counts a little over half a dated one (0.6), a
 * later or lead reference half again as much (1.5), each doubling of an article's mentions of a day
 * one vote more (1), a burst of n leads on a story of one article a day counts sqrt(n), a day on which
 * n of the story's articles appeared gets 0.5 * sqrt(n) more, and the day before it a quarter of what
 * those undated votes give. `npm run eval:key-events -- --sweep` moves each over a range: the dev
 * stories score within about one day of the defaults across it (README, "Key events").
 */
export const DAY_SALIENCE_WEIGHTS: DaySalienceWeights = {
  publication: 0.6,
  later: 1.5,
  laterAfterDays: 2,
  earlier: 0.8,
  lead: 1.5,
  leadSentences: 3,
  repeat: 1,
  burst: 0.5,
  factuality: { asserted: 1, planned: 0.8, possible: 0.6, negated: 0.3 },
  newsDay: 0.5,
  dayBefore: 0.25,
};

/** The weight of one mention on its own, before articles and bursts are accounted for. */
export function mentionWeight(m: DayMention, w: DaySalienceWeights): number {
  return mentionWeightOf(m.kind, m.lagDays, m.sentence, m.factuality, w);
}

/** mentionWeight from the mention's fields, for callers that hold no DayMention object. */
export function mentionWeightOf(
  kind: DayMention['kind'],
  lagDays: number | null,
  sentence: number | null,
  factuality: Factuality,
  w: DaySalienceWeights,
): number {
  let x = kind === 'publication' ? w.publication : 1;
  if (lagDays !== null && lagDays >= w.laterAfterDays) x *= w.later;
  else if (lagDays !== null && lagDays < 0) x *= w.earlier;
  if (sentence !== null && sentence < w.leadSentences) x *= w.lead;
  return x * w.factuality[factuality];
}

/** One article's say about one day: its strongest mention, that mention's kind, and how many it made. */
export interface ArticleVote {
  weight: number;
  kind: DayMention['kind'];
  count: number;
}

/** Folds one mention of weight `weight` into the article's vote (a new vote when `vote` is undefined). */
export function addToVote(
  vote: ArticleVote | undefined,
  weight: number,
  kind: DayMention['kind'],
): ArticleVote {
  if (!vote) return { weight, kind, count: 1 };
  vote.count++;
  if (weight > vote.weight) {
    vote.weight = weight;
    vote.kind = kind;
  }
  return vote;
}

/**
 * A day's salience in two parts. `dated`: the votes of articles that name the day. `undated`: the votes of
 * articles whose strongest mention is only their publication day, after the burst discount, plus the
 * news-day vote; the part that says "articles appeared here" rather than "articles named this day".
 */
export interface SalienceParts {
  dated: number;
  undated: number;
}

/**
 * How many of a day's n articles the burst discount counts: all of them up to the story's typical day
 * `typicalDay` (articles per publication day), then typicalDay * (n / typicalDay)^burst. With a typical
 * day of 1, n^burst. Scaling n and typicalDay by k scales the count by k.
 */
export function burstCount(n: number, typicalDay: number, burst: number): number {
  return n <= typicalDay ? n : typicalDay * (n / typicalDay) ** burst;
}

/**
 * The salience of one day from its articles' votes, plus a log bonus for repeats; articles whose strongest
 * mention is only their publication day share a burst discount. `publishedOnDay` is how many articles
 * appeared that day (0 when unknown), `typicalDay` the story's median articles per publication day
 * (typicalPublicationDay in rank-key-days.ts; 1 for a story of one article a day).
 */
export function salienceOfVotes(
  votes: Iterable<ArticleVote>,
  publishedOnDay: number,
  typicalDay: number,
  w: DaySalienceWeights,
): SalienceParts {
  const sums = { dated: 0, publication: 0, publicationArticles: 0 };
  for (const b of votes) addVoteToSums(sums, b.weight, b.kind, b.count, w);
  return salienceOfSums(sums, publishedOnDay, typicalDay, w);
}

/** A day's votes summed by kind: what salienceOfSums needs. */
export interface VoteSums {
  /** Votes of articles that name the day. */
  dated: number;
  /** Votes of articles whose strongest mention is their publication day, before the burst discount. */
  publication: number;
  publicationArticles: number;
}

/** Adds one article's vote (strongest mention `weight` of `kind`, `count` mentions) to a day's sums. */
export function addVoteToSums(
  sums: VoteSums,
  weight: number,
  kind: DayMention['kind'],
  count: number,
  w: DaySalienceWeights,
): void {
  const vote = weight + w.repeat * Math.log2(count);
  if (kind === 'publication') {
    sums.publication += vote;
    sums.publicationArticles++;
  } else sums.dated += vote;
}

/** salienceOfVotes from the votes already summed (addVoteToSums). */
export function salienceOfSums(
  sums: VoteSums,
  publishedOnDay: number,
  typicalDay: number,
  w: DaySalienceWeights,
): SalienceParts {
  const { dated, publication, publicationArticles } = sums;
  const news = w.newsDay * burstCount(publishedOnDay, typicalDay, w.burst);
  if (publicationArticles === 0) return { dated, undated: news };
  // Each publication vote is scaled by burstCount(n) / n, so n such votes of weight v sum to
  // v * burstCount(n).
  const n = Math.max(publicationArticles, publishedOnDay);
  return { dated, undated: (publication * burstCount(n, typicalDay, w.burst)) / n + news };
}

/** The salience of one day on its own (no share from the next day): see salienceOfVotes. */
export function daySalience(
  evidence: DayEvidence,
  publishedOnDay: number,
  typicalDay: number,
  w: DaySalienceWeights,
): number {
  const votes = new Map<string, ArticleVote>();
  for (const m of evidence.mentions)
    votes.set(m.article, addToVote(votes.get(m.article), mentionWeight(m, w), m.kind));
  const { dated, undated } = salienceOfVotes(votes.values(), publishedOnDay, typicalDay, w);
  return dated + undated;
}
