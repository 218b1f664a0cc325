/**
 * Stage: sentences. Splits the article, marks captions and the lead, and blanks a leading wire
 * dateline ("SEOUL, June 5 (Reuters) -") or caption dateline, whose place names are not actors.
 * Over-long "sentences" (run-on scraped text) are skipped and counted: every later stage is linear
 * in sentence length, but one 5 MB line with no full stop would still dominate a run.
 */
import type { ArticleAnalysis, SentenceAnalysis } from '../analysis';
import { wireDateline } from '../reference-date';
import { splitSentences } from '../sentences';

/** News sentences stay under about 1,000 characters; see the file comment. */
export const MAX_SENTENCE_CHARS = 3_000;
/** "12 July 2025, North Korea, Wonsan: " opens a caption; its place names are not the actors. */
const CAPTION_DATELINE_RE = /^[^:]{0,120}?\d{4},[^:]{0,80}:\s*/u;

export function sentenceStage(doc: ArticleAnalysis): void {
  const { article } = doc;
  let leadSeen = false;
  for (const sentence of splitSentences(article.text)) {
    if (sentence.text.length > MAX_SENTENCE_CHARS) {
      doc.skipped['too long'] = (doc.skipped['too long'] ?? 0) + 1;
      continue;
    }
    const isCaption = sentence.start < article.bodyStart;
    const dateline =
      sentence.start === article.bodyStart
        ? wireDateline(sentence.text).length
        : isCaption
          ? (CAPTION_DATELINE_RE.exec(sentence.text)?.[0].length ?? 0)
          : 0;
    const text = dateline > 0 ? ' '.repeat(dateline) + sentence.text.slice(dateline) : sentence.text;
    const isLead = !isCaption && !leadSeen;
    if (!isCaption) leadSeen = true;
    const s: SentenceAnalysis = {
      index: sentence.index,
      start: sentence.start,
      end: sentence.end,
      raw: sentence.text,
      text,
      isCaption,
      isLead,
      tokens: [],
      dates: [],
      mentions: [],
      entities: [],
      predicates: [],
    };
    doc.sentences.push(s);
  }
}
