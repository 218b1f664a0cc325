/**
 * Classifies the lines of a scraped article file: blank lines, stray scraper debris ("TT", "20"),
 * bylines, boilerplate, photo captions, date lines, headings and body paragraphs. The splitter uses
 * the kinds to find article boundaries and to decide what to keep.
 */
import { findDatelineDate } from './dateline-date';

export type LineKind =
  'blank' | 'stray' | 'byline' | 'boilerplate' | 'caption' | 'dateline' | 'heading' | 'body';

/** Lines this short carry no sentence; scrapers leave page furniture like "TT", "20", "|". */
const MAX_STRAY_CHARS = 3;
/** Headlines run to about 15 words; 25 leaves room for long ones without taking in paragraphs. */
const MAX_HEADING_WORDS = 25;
const MAX_DATE_LINE_CHARS = 80;

const BOILERPLATE_RE =
  /^(?:advertisement|sponsored|share|share this( article| story)?|read more|related|subscribe|sign up|skip to (?:main )?content|click here.*|follow us.*|listen to this article|copy link|print|comments?|loading\.*|watch:.*|video|image|photo|\d+ min read)$/i;
const BYLINE_RE =
  /^(?:by|von|par)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|der|al-\p{L}+))*(?:\s*[,|/]\s*[\p{L} .&'’-]+)?$/iu;
const CREDIT_RE =
  /\((?:[^()]*(?:\/|\bdpa\b|\bAP\b|Reuters|AFP|Getty|EPA|Photo|Pool|via|Xinhua|KCNA|Yonhap|TASS|Shutterstock|Bloomberg|File|Handout))[^()]*\)\s*$/u;
const PHOTO_RE =
  /(?:^|\s)(?:Photo(?:graph)?|Picture|Image|Credit|Foto)\s*:|\bPhoto by\b|\(AP Photo|\bGetty Images\b|\bvia Reuters\b|\bREUTERS\/|^FILE\s*[-–—]/u;
/** "21 May 2022, North Korea, Pyongyang: ..." opens dpa-style captions. */
const CAPTION_DATELINE_RE = /^\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}\s*,[^:]{1,80}:/u;
const DATE_LINE_PREFIX_RE = /^(?:published|updated|posted|first published|last updated|date)\b/i;

export function classifyLine(raw: string): LineKind {
  const line = raw.trim();
  if (line === '') return 'blank';
  if (line.length <= MAX_STRAY_CHARS || /^[\d\s.,:|/-]+$/.test(line)) return 'stray';
  if (BOILERPLATE_RE.test(line)) return 'boilerplate';
  if (CAPTION_DATELINE_RE.test(line) || PHOTO_RE.test(line) || CREDIT_RE.test(line)) return 'caption';
  // Counting words splits the line, so it waits until a test needs it: most lines are long paragraphs.
  const wordCount = (): number => line.split(/\s+/).length;
  if (BYLINE_RE.test(line) && wordCount() <= 8) return 'byline';
  if (line.length <= MAX_DATE_LINE_CHARS) {
    const date = findDatelineDate(line);
    if (
      date &&
      date.year !== null &&
      (DATE_LINE_PREFIX_RE.test(line) || date.end - date.start >= line.length * 0.5)
    )
      return 'dateline';
  }
  const endsLikeSentence = /[.!:;,"”’)]$/.test(line);
  if (!endsLikeSentence && /^["“‘']?[\p{Lu}\p{N}]/u.test(line) && wordCount() <= MAX_HEADING_WORDS)
    return 'heading';
  return 'body';
}
