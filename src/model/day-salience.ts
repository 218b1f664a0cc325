/**
 * How much a day matters to the story, from its evidence (model/day-evidence.ts). The lessons of the
 * date-selection literature, in order of weight:
 *
 * - Count articles, not rows. Kessler et al. (2012, "Finding salient dates for building thematic
 *   timelines") and Tran et al. (2013, the Timeline17 paper) rank dates by how many documents refer to
 *   them; Gholipour Ghalandari & Ifrim (2020, news-tls) find such mention counts the strongest single
 *   feature of their supervised DATEWISE date ranker. One article that repeats a day adds a little more
 *   (log of its mentions), not one vote per sentence.
 * - References made later weigh more. A day that later articles still name ("since the crash on
 *   October 10") is one the story kept coming back to; Tran, Herder & Markert (2015) build their date
 *   graph on exactly these references, and Martschat & Markert (2018, tilse) use them as date features.
 * - Publication bursts are discounted. An article's own publication day is where the extractor puts
 *   every undated lead, so a day on which many articles appeared would win on volume alone. Those
 *   self-referential votes grow with the square root of the day's article count, not linearly.
 * - A news day counts a little on its own. Articles appear on or just after the days that matter, and
 *   the number of articles per day is one of the DATEWISE features; it is the weaker of the two
 *   simple rankings on long stories, so it only adds half a vote, with the same square-root discount.
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
  /** Exponent of the burst discount: publication votes of a day sum to (their count)^burst. 1 = off. */
  burst: number;
  /** Factor per factuality: a denied event is rarely a key moment, a planned one sometimes is. */
  factuality: Readonly<Record<Factuality, number>>;
  /**
   * Vote of a news day: a day on which n of the story's articles appeared gets newsDay * n^burst on
   * top of what its rows say, whatever dates those articles' rows carry.
   */
  newsDay: number;
  /** Share of the next day's undated votes (SalienceParts.undated) a day also gets. */
  dayBefore: number;
}

/**
 * Defaults, set from the reasoning above and left round on purpose (the dev corpus has 60 articles and
 * cannot tell 1.5 from 1.6): a publication-day vote counts a little over half a dated one (0.6), a
 * later or lead reference half again as much (1.5), a burst of n leads counts sqrt(n),
 * a day on which n of the story's articles appeared gets 0.5 * sqrt(n) more, and the day before it a
 * quarter of what those undated votes give.
 */
export const DAY_SALIENCE_WEIGHTS: DaySalienceWeights = {
  publication: 0.6,
  later: 1.5,
  laterAfterDays: 2,
  earlier: 0.8,
  lead: 1.5,
  leadSentences: 3,
  repeat: 0.25,
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
 * The salience of one day from its articles' votes, plus a log bonus for repeats; articles whose strongest
 * mention is only their publication day share a burst discount. `publishedOnDay` is how many articles
 * appeared that day (0 when unknown).
 */
export function salienceOfVotes(
  votes: Iterable<ArticleVote>,
  publishedOnDay: number,
  w: DaySalienceWeights,
): SalienceParts {
  const sums = { dated: 0, publication: 0, publicationArticles: 0 };
  for (const b of votes) addVoteToSums(sums, b.weight, b.kind, b.count, w);
  return salienceOfSums(sums, publishedOnDay, w);
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
export function salienceOfSums(sums: VoteSums, publishedOnDay: number, w: DaySalienceWeights): SalienceParts {
  const { dated, publication, publicationArticles } = sums;
  const news = publishedOnDay > 0 ? w.newsDay * publishedOnDay ** w.burst : 0;
  if (publicationArticles === 0) return { dated, undated: news };
  // Each publication vote is divided by n^(1 - burst), so n such votes of weight v sum to v * n^burst.
  const n = Math.max(publicationArticles, publishedOnDay);
  return { dated, undated: publication * n ** (w.burst - 1) + news };
}

/** The salience of one day on its own (no share from the next day): see salienceOfVotes. */
export function daySalience(evidence: DayEvidence, publishedOnDay: number, w: DaySalienceWeights): number {
  const votes = new Map<string, ArticleVote>();
  for (const m of evidence.mentions)
    votes.set(m.article, addToVote(votes.get(m.article), mentionWeight(m, w), m.kind));
  const { dated, undated } = salienceOfVotes(votes.values(), publishedOnDay, w);
  return dated + undated;
}
