/**
 * Splits one scraped file into articles and cleans each one. Scrapers often save a page twice over:
 * title, photo captions, debris ("TT", "20"), then the title and captions again, then the body. We keep
 * the title once, each caption once, and the body paragraphs; every removed line is counted by reason.
 *
 * A heading starts a new article only once the current one has body text and the heading looks like
 * the top of a page: after two or more blank lines, or followed by a caption, date line or its own
 * repeat. A single-blank-line subheading inside a blog post therefore stays part of that post.
 *
 * Pre-tokenised text (one sentence per line in Penn Treebank tokens, as research corpora store it) is
 * recognised per block of lines between two or more blank lines, the way articles are separated, and
 * rejoined into written text (detokenise.ts) before lines are classified; `pretokenised` says so.
 */
import { detokeniseLine, isPreTokenised } from './detokenise';
import { classifyLine, type LineKind } from './line-kinds';

export type RemovalReason =
  'repeated title' | 'duplicate caption' | 'duplicate paragraph' | 'stray line' | 'byline' | 'boilerplate';

/** One article found in a file. `text` is what sentences, offsets and events refer to. */
export interface SplitArticle {
  /** 1-based position within the file. */
  index: number;
  title: string;
  /** Caption and date lines, once each, in order; also the first paragraphs of `text`. */
  captions: string[];
  /** Date-only lines ("Published June 5, 2022"); kept for the reference date, not in `text`. */
  dateLines: string[];
  bylines: string[];
  /** Captions then body paragraphs, separated by blank lines. */
  text: string;
  /** Offset in `text` where the body (after the captions) starts. */
  bodyStart: number;
  /** 1-based line in the file where the article starts. */
  line: number;
  /** Set when the article was pre-tokenised text (PTB tokens) and `text` is its detokenised form. */
  pretokenised?: boolean;
}

export interface SplitResult {
  articles: SplitArticle[];
  removed: Partial<Record<RemovalReason, number>>;
}

/** Captions scraped twice differ by a leading space or a trimmed credit; 0.9 token overlap says "same". */
const NEAR_DUPLICATE_JACCARD = 0.9;
/** How far ahead a heading's repeat or its caption may sit, in lines. */
const LOOKAHEAD_LINES = 6;
/** Near-duplicate checks compare against at most this many earlier captions, to stay linear. */
const MAX_CAPTIONS_COMPARED = 40;

interface Line {
  text: string;
  kind: LineKind;
  /** The line was rejoined from PTB tokens. */
  detokenised: boolean;
}

/** Photo credits at the end of a caption are page furniture, not text: "(KCNA/dpa)", "Photo: TASS/dpa". */
const TRAILING_CREDIT_RE = /\s*(?:\([^()]*\)|(?:Photo(?:graph)?|Picture|Image|Credit)\s*:[^.]*)\s*$/u;

function stripCredit(caption: string): string {
  const stripped = caption.replace(TRAILING_CREDIT_RE, '');
  return stripped.length >= caption.length / 2 ? stripped : caption;
}

function normalize(line: string): string {
  return line
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function tokens(norm: string): Set<string> {
  return new Set(norm.split(' '));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

interface Draft {
  line: number;
  pretokenised: boolean;
  title: string;
  captions: string[];
  dateLines: string[];
  bylines: string[];
  body: string[];
  seen: Set<string>;
  captionTokens: Set<string>[];
}

function newDraft(line: number): Draft {
  return {
    line,
    pretokenised: false,
    title: '',
    captions: [],
    dateLines: [],
    bylines: [],
    body: [],
    seen: new Set(),
    captionTokens: [],
  };
}

function startsArticle(lines: readonly Line[], i: number, blankRun: number, draft: Draft): boolean {
  if (draft.body.length === 0) return false;
  if (blankRun >= 2) return true;
  const here = normalize(lines[i]?.text ?? '');
  let seenNonBlank = 0;
  for (let j = i + 1; j < lines.length && seenNonBlank < LOOKAHEAD_LINES; j++) {
    const next = lines[j];
    if (!next || next.kind === 'blank') continue;
    seenNonBlank++;
    if (next.kind === 'caption' || next.kind === 'dateline' || next.kind === 'byline') return true;
    if (next.kind === 'heading' && normalize(next.text) === here) return true;
    if (next.kind === 'body') return false;
  }
  return false;
}

function isNearDuplicate(draft: Draft, norm: string): boolean {
  const t = tokens(norm);
  const recent = draft.captionTokens.slice(-MAX_CAPTIONS_COMPARED);
  return recent.some((c) => jaccard(c, t) >= NEAR_DUPLICATE_JACCARD);
}

function finish(draft: Draft, index: number): SplitArticle | null {
  if (draft.body.length === 0 && draft.captions.length === 0) return null;
  const captionText = draft.captions.join('\n\n');
  const bodyStart =
    draft.captions.length > 0 && draft.body.length > 0 ? captionText.length + 2 : captionText.length;
  const text = [...draft.captions, ...draft.body].join('\n\n');
  return {
    index,
    title: draft.title,
    captions: draft.captions,
    dateLines: draft.dateLines,
    bylines: draft.bylines,
    text,
    bodyStart: draft.body.length > 0 ? bodyStart : text.length,
    line: draft.line,
    pretokenised: draft.pretokenised,
  };
}

/**
 * Lines trimmed and classified; the lines of a pre-tokenised block (lines between runs of two or more
 * blank lines, where articles part) are detokenised first, so a PTB sentence ending " ." or
 * " ''" is classified as the body line it is.
 */
function readLines(raw: readonly string[]): Line[] {
  const lines: Line[] = [];
  let blockStart = 0;
  const flush = (end: number): void => {
    const block = raw.slice(blockStart, end);
    const tokenised = isPreTokenised(block);
    for (const t of block) {
      const trimmed = t.trim();
      const detokenised = tokenised && trimmed !== '';
      const textOf = detokenised ? detokeniseLine(trimmed) : trimmed;
      lines.push({ text: textOf, kind: classifyLine(textOf), detokenised });
    }
    blockStart = end;
  };
  const isBlank = (i: number): boolean => (raw[i] ?? '').trim() === '';
  // A non-blank line after two or more blank ones starts a new block.
  for (let i = 2; i < raw.length; i++) if (!isBlank(i) && isBlank(i - 1) && isBlank(i - 2)) flush(i);
  flush(raw.length);
  return lines;
}

/** Splits and cleans a file's text. Never throws; a file without body text yields no articles. */
export function splitArticles(fileText: string): SplitResult {
  const text = fileText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = readLines(text.split('\n'));
  const removed: Partial<Record<RemovalReason, number>> = {};
  const count = (reason: RemovalReason): void => {
    removed[reason] = (removed[reason] ?? 0) + 1;
  };
  const articles: SplitArticle[] = [];
  let draft = newDraft(1);
  let blankRun = 2;
  for (const [i, line] of lines.entries()) {
    if (line.kind === 'blank') {
      blankRun++;
      continue;
    }
    const run = blankRun;
    blankRun = 0;
    if (line.kind === 'heading' && startsArticle(lines, i, run, draft)) {
      const done = finish(draft, articles.length + 1);
      if (done) articles.push(done);
      draft = newDraft(i + 1);
    }
    if (line.detokenised) draft.pretokenised = true;
    const norm = normalize(line.text);
    switch (line.kind) {
      case 'stray':
        count('stray line');
        continue;
      case 'boilerplate':
        count('boilerplate');
        continue;
      case 'byline':
        if (!draft.bylines.includes(line.text)) draft.bylines.push(line.text);
        count('byline');
        continue;
      case 'heading':
        if (draft.title === '' && draft.body.length === 0) {
          draft.title = line.text;
          draft.seen.add(norm);
          continue;
        }
        if (draft.seen.has(norm)) {
          count(normalize(draft.title) === norm ? 'repeated title' : 'duplicate paragraph');
          continue;
        }
        break;
      case 'caption':
      case 'dateline':
        if (draft.seen.has(norm) || isNearDuplicate(draft, norm)) {
          count('duplicate caption');
          continue;
        }
        draft.seen.add(norm);
        draft.captionTokens.push(tokens(norm));
        if (line.kind === 'dateline') draft.dateLines.push(line.text);
        else if (draft.body.length === 0) draft.captions.push(stripCredit(line.text));
        else draft.body.push(stripCredit(line.text));
        continue;
      default:
        if (draft.seen.has(norm)) {
          count('duplicate paragraph');
          continue;
        }
    }
    draft.seen.add(norm);
    draft.body.push(line.text);
  }
  const last = finish(draft, articles.length + 1);
  if (last) articles.push(last);
  return { articles, removed };
}
