/**
 * The extraction pipeline: the stages, in order, over one shared analysis of an article (see
 * analysis.ts). This list is the one place the order is written down. To add a stage, write a file
 * in stages/ with a test beside it and put it here; it may read only what the stages before it wrote.
 *
 *   sentences -> tokens (wink-nlp) -> dates (timex) -> listed actors -> entities (discovered names,
 *   aliases, anaphors) -> predicates (verb groups, event nouns) -> event type -> arguments (agent,
 *   patient) -> time anchoring -> factuality -> rows (selection, drafts)
 */
import type { ArticleAnalysis, SentenceAnalysis } from './analysis';
import { eventDates } from './event-dates';
import type { Timex } from '../model/timex';
import { argumentStage } from './stages/arguments';
import { anchoringStage } from './stages/anchoring';
import { dateStage } from './stages/dates';
import { entityStage } from './stages/entities';
import { eventTypeStage } from './stages/event-type';
import { factualityStage } from './stages/factuality';
import { predicateStage } from './stages/predicates';
import { sentenceStage } from './stages/sentences';
import { tokenize } from './stages/tokens';

export interface Stage {
  name: string;
  run(doc: ArticleAnalysis, input: StageInput): void;
}

/** What the pipeline is given besides the article: the tagger's expressions over the article text. */
export interface StageInput {
  timexes: readonly Timex[];
}

function perSentence(name: string, run: (s: SentenceAnalysis, doc: ArticleAnalysis) => void): Stage {
  return {
    name,
    run(doc) {
      for (const s of doc.sentences) run(s, doc);
    },
  };
}

/** Listed actors: one scan of the article, each sentence takes its share (offsets into the sentence). */
const listedActors: Stage = {
  name: 'listed actors',
  run(doc) {
    const all = doc.matcher.find(doc.article.text);
    let i = 0;
    for (const s of doc.sentences) {
      while (i < all.length && (all[i]?.start ?? 0) < s.start) i++;
      const datelineEnd = s.text.length - s.text.trimStart().length;
      const mentions = [];
      for (let j = i; j < all.length && (all[j]?.start ?? Infinity) < s.end; j++) {
        const m = all[j];
        if (!m || m.end > s.end || m.start - s.start < datelineEnd) continue;
        mentions.push({ ...m, start: m.start - s.start, end: m.end - s.start });
      }
      s.mentions = mentions;
    }
  },
};

export const STAGES: readonly Stage[] = [
  { name: 'sentences', run: sentenceStage },
  perSentence('tokens', (s) => {
    s.tokens = tokenize(s.text);
  }),
  { name: 'dates', run: (doc, input) => dateStage(doc, eventDates(doc.article.text, input.timexes)) },
  listedActors,
  { name: 'entities', run: entityStage },
  perSentence('predicates', predicateStage),
  perSentence('event type', eventTypeStage),
  perSentence('arguments', argumentStage),
  { name: 'time anchoring', run: anchoringStage },
  perSentence('factuality', (s, doc) => factualityStage(doc, s)),
];

export function runStages(doc: ArticleAnalysis, input: StageInput, stages: readonly Stage[] = STAGES): void {
  for (const stage of stages) stage.run(doc, input);
}
