/**
 * Reads one CAT XML file (MEANTIME / SemEval-2015 TimeLine corpora: tokens, then markables, then
 * relations) into plain text plus the annotations, all pointing at that text by character offsets.
 * Pure string parsing: the format is flat and machine-written (one element per line, no nesting of
 * like elements), so regular expressions read it exactly and no XML library is needed.
 *
 * The plain text is what the extractor is given: every CAT sentence is its own paragraph, so the
 * title and the dateline stand on their own lines and no two gold sentences can run together.
 */
import { err, ok, type Result } from '../result';

export interface CatToken {
  /** t_id, 1-based within the document. */
  id: number;
  /** CAT sentence number: 0 is the title, 1 usually the dateline. */
  sentence: number;
  /** 0-based position in the document. */
  number: number;
  /** The token as annotated, entities decoded (`` and '' stay as written). */
  text: string;
  /** UTF-16 offsets of the token's rendering in `CatDocument.text`, end exclusive. */
  start: number;
  end: number;
}

export interface CatSentence {
  index: number;
  /** UTF-16 offsets in `CatDocument.text`, end exclusive. */
  start: number;
  end: number;
  text: string;
  tokenIds: number[];
}

export interface CatEventMention {
  id: string;
  tokenIds: number[];
  /** pred, pos, tense, aspect, certainty, polarity, time ... as written; absent in SemEval track A files. */
  attributes: Record<string, string>;
}

export interface CatTimex {
  id: string;
  /** Empty for the annotators' implicit timexes (they carry a TAG_DESCRIPTOR instead). */
  tokenIds: number[];
  /** DATE, TIME, DURATION or SET. */
  type: string;
  value: string;
  /** CREATION_TIME for the publication date, else NONE. */
  functionInDocument: string;
  anchorTimeId: string;
  description: string;
}

export interface CatEntityMention {
  id: string;
  tokenIds: number[];
  /** PER, ORG, LOC, PRO, FIN, MIX; taken from the instance the mention refers to when the mention has none. */
  entType: string;
  /** NAM, NOM, PRO, PTV, CONJ, HLS ...; '' when not given. */
  syntacticType: string;
  head: string;
}

/** A document-level ENTITY or EVENT: what coreferent mentions point to through REFERS_TO. */
export interface CatInstance {
  id: string;
  kind: 'ENTITY' | 'EVENT';
  /** TAG_DESCRIPTOR, e.g. "APPLE" or "Steve Jobs". */
  description: string;
  /** ent_type for entities, '' for events. */
  entType: string;
  /** class for events, '' for entities. */
  eventClass: string;
  externalRef: string;
}

export interface CatTlink {
  id: string;
  source: string;
  target: string;
  /** BEFORE, AFTER, INCLUDES, IS_INCLUDED, SIMULTANEOUS, BEGINS ... */
  relType: string;
}

export interface CatParticipant {
  id: string;
  /** The event mention. */
  source: string;
  /** The entity mention (or, rarely, another markable). */
  target: string;
  /** Arg0 (agent), Arg1 (patient), ..., Argm-LOC. */
  semRole: string;
}

export interface CatRefersTo {
  id: string;
  sources: string[];
  target: string;
}

export interface CatDocument {
  id: string;
  name: string;
  url: string;
  /** Sentences joined by blank lines, tokens by the spacing rules below. */
  text: string;
  tokens: CatToken[];
  tokenById: ReadonlyMap<number, CatToken>;
  sentences: CatSentence[];
  eventMentions: CatEventMention[];
  timexes: CatTimex[];
  entityMentions: CatEntityMention[];
  instances: CatInstance[];
  tlinks: CatTlink[];
  participants: CatParticipant[];
  refersTo: CatRefersTo[];
}

const SENTENCE_SEPARATOR = '\n\n';

const ATTRIBUTE_RE = /([\w:.-]+)\s*=\s*"([^"]*)"/g;
const TOKEN_RE = /<token\s([^>]*)>([^<]*)<\/token>/g;
/** A flat element with attributes: self-closing, or with a body that holds no element of its own name. */
const ELEMENT_RE = /<([A-Za-z_][\w.-]*)\s([^>]*?)(?:\/>|>([\s\S]*?)<\/\1\s*>)/g;
const ANCHOR_RE = /<token_anchor\s+t_id="(\d+)"\s*\/>/g;
const SOURCE_RE = /<source\s+m_id="([^"]*)"\s*\/>/g;
const TARGET_RE = /<target\s+m_id="([^"]*)"\s*\/>/;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

function attributesOf(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(ATTRIBUTE_RE)) out[m[1] ?? ''] = decode(m[2] ?? '');
  return out;
}

/** Words that lean on the word before: punctuation, clitics, closing brackets and quotes. */
const NO_SPACE_BEFORE = new Set([
  ',',
  '.',
  ';',
  ':',
  '?',
  '!',
  ')',
  ']',
  '}',
  '%',
  "''",
  '”',
  '’',
  "'s",
  "'S",
  "n't",
  "N'T",
  "'ve",
  "'re",
  "'ll",
  "'d",
  "'m",
]);
/** Words that lean on the word after: opening brackets and quotes, currency signs. */
const NO_SPACE_AFTER = new Set([
  '(',
  '[',
  '{',
  '$',
  'US$',
  'C$',
  'A$',
  '£',
  '€',
  '¥',
  '#',
  '``',
  '`',
  '“',
  '‘',
]);
/**
 * PTB quotes become typographic ones so the extractor's quote detection sees them; a straight quote is
 * rendered as written.
 */
const RENDERED: Record<string, string> = { '``': '“', "''": '”', '`': '‘' };

interface Spacing {
  text: string;
  spaceBefore: boolean;
  spaceAfter: boolean;
}

/**
 * Straight quotes are ambiguous; they alternate through the document (quotes may span sentences),
 * except that one opening or closing a sentence is read from its position. A lone ' after a word
 * ending in s with no single quote open is a plural possessive ("Jobs ' health").
 */
function createSpacer(): (tokens: readonly string[], i: number) => Spacing {
  let doubleOpen = false;
  let singleOpen = false;
  let singleOpenedByBacktick = false;
  return (tokens, i) => {
    const t = tokens[i] ?? '';
    const text = RENDERED[t] ?? t;
    if (t === '"') {
      const opening = i === 0 ? true : i === tokens.length - 1 ? false : !doubleOpen;
      doubleOpen = opening;
      return { text, spaceBefore: opening, spaceAfter: !opening };
    }
    if (t === "'") {
      const previous = tokens[i - 1] ?? '';
      const closing = singleOpen || (i > 0 && /s$/i.test(previous));
      const closesBacktick = closing && singleOpenedByBacktick;
      singleOpen = !closing && i < tokens.length - 1;
      singleOpenedByBacktick = false;
      return { text: closesBacktick ? '’' : text, spaceBefore: !closing, spaceAfter: closing };
    }
    if (t === '`' || t === '‘') {
      singleOpen = true;
      singleOpenedByBacktick = true;
    }
    return { text, spaceBefore: !NO_SPACE_BEFORE.has(t), spaceAfter: !NO_SPACE_AFTER.has(t) };
  };
}

interface RawToken {
  id: number;
  sentence: number;
  number: number;
  text: string;
}

function layOut(raw: readonly RawToken[]): { text: string; tokens: CatToken[]; sentences: CatSentence[] } {
  const bySentence = new Map<number, RawToken[]>();
  for (const t of raw) {
    const list = bySentence.get(t.sentence);
    if (list) list.push(t);
    else bySentence.set(t.sentence, [t]);
  }
  const spacer = createSpacer();
  const lines: string[] = [];
  let offset = 0;
  const tokens: CatToken[] = [];
  const sentences: CatSentence[] = [];
  for (const index of [...bySentence.keys()].sort((a, b) => a - b)) {
    const list = (bySentence.get(index) ?? []).sort((a, b) => a.number - b.number);
    if (lines.length > 0) offset += SENTENCE_SEPARATOR.length;
    const words = list.map((t) => t.text);
    let line = '';
    let glue = false;
    for (const [i, t] of list.entries()) {
      const s = spacer(words, i);
      if (i > 0 && glue && s.spaceBefore) line += ' ';
      tokens.push({ ...t, start: offset + line.length, end: offset + line.length + s.text.length });
      line += s.text;
      glue = s.spaceAfter;
    }
    lines.push(line);
    sentences.push({
      index,
      start: offset,
      end: offset + line.length,
      text: line,
      tokenIds: list.map((t) => t.id),
    });
    offset += line.length;
  }
  const text = lines.join(SENTENCE_SEPARATOR);
  return { text, tokens, sentences };
}

function anchorsOf(body: string | undefined): number[] {
  if (!body) return [];
  return [...body.matchAll(ANCHOR_RE)].map((m) => Number(m[1]));
}

function section(xml: string, name: string): string {
  const open = xml.indexOf(`<${name}>`);
  if (open < 0) return '';
  const close = xml.indexOf(`</${name}>`, open);
  return xml.slice(open + name.length + 2, close < 0 ? xml.length : close);
}

/** Parses one CAT file. Fails only when there is no Document element or no token. */
export function parseCatDocument(xml: string): Result<CatDocument> {
  const head = /<Document\s([^>]*)>/.exec(xml);
  if (!head) return err('no <Document> element');
  const docAttributes = attributesOf(head[1] ?? '');
  const raw: RawToken[] = [];
  for (const m of xml.matchAll(TOKEN_RE)) {
    const a = attributesOf(m[1] ?? '');
    const id = Number(a.t_id);
    const sentence = Number(a.sentence);
    const number = Number(a.number);
    if (!Number.isInteger(id) || !Number.isInteger(sentence) || !Number.isInteger(number))
      return err(`token with bad t_id/sentence/number: ${m[0]}`);
    raw.push({ id, sentence, number, text: decode(m[2] ?? '') });
  }
  if (raw.length === 0) return err('no <token> elements');
  const { text, tokens, sentences } = layOut(raw);

  const eventMentions: CatEventMention[] = [];
  const timexes: CatTimex[] = [];
  const entityMentions: CatEntityMention[] = [];
  const instances: CatInstance[] = [];
  for (const m of section(xml, 'Markables').matchAll(ELEMENT_RE)) {
    const a = attributesOf(m[2] ?? '');
    const id = a.m_id ?? '';
    const tokenIds = anchorsOf(m[3]);
    switch (m[1]) {
      case 'EVENT_MENTION': {
        const attributes = Object.fromEntries(Object.entries(a).filter(([k]) => k !== 'm_id'));
        eventMentions.push({ id, tokenIds, attributes });
        break;
      }
      case 'TIMEX3':
        timexes.push({
          id,
          tokenIds,
          type: a.type ?? '',
          value: a.value ?? '',
          functionInDocument: a.functionInDocument ?? '',
          anchorTimeId: a.anchorTimeID ?? '',
          description: a.TAG_DESCRIPTOR ?? '',
        });
        break;
      case 'ENTITY_MENTION':
        entityMentions.push({
          id,
          tokenIds,
          entType: a.ent_type ?? '',
          syntacticType: a.syntactic_type ?? '',
          head: a.head ?? '',
        });
        break;
      case 'ENTITY':
      case 'EVENT':
        instances.push({
          id,
          kind: m[1],
          description: a.TAG_DESCRIPTOR ?? '',
          entType: a.ent_type ?? '',
          eventClass: a.class ?? '',
          externalRef: a.external_ref ?? '',
        });
        break;
      default:
        break;
    }
  }

  const tlinks: CatTlink[] = [];
  const participants: CatParticipant[] = [];
  const refersTo: CatRefersTo[] = [];
  for (const m of section(xml, 'Relations').matchAll(ELEMENT_RE)) {
    const a = attributesOf(m[2] ?? '');
    const body = m[3] ?? '';
    const sources = [...body.matchAll(SOURCE_RE)].map((s) => s[1] ?? '');
    const target = TARGET_RE.exec(body)?.[1] ?? '';
    const id = a.r_id ?? '';
    switch (m[1]) {
      case 'TLINK':
        tlinks.push({ id, source: sources[0] ?? '', target, relType: a.reltype ?? '' });
        break;
      case 'HAS_PARTICIPANT':
        participants.push({ id, source: sources[0] ?? '', target, semRole: a.sem_role ?? '' });
        break;
      case 'REFERS_TO':
        refersTo.push({ id, sources, target });
        break;
      default:
        break;
    }
  }

  // MEANTIME puts ent_type on the instance only; copy it down so a mention answers on its own.
  const instanceType = new Map(instances.map((i) => [i.id, i.entType]));
  for (const r of refersTo) {
    const type = instanceType.get(r.target);
    if (!type) continue;
    for (const mention of entityMentions)
      if (mention.entType === '' && r.sources.includes(mention.id)) mention.entType = type;
  }

  return ok({
    id: docAttributes.doc_id ?? '',
    name: docAttributes.doc_name ?? '',
    url: docAttributes.url ?? docAttributes.src_url ?? '',
    text,
    tokens,
    tokenById: new Map(tokens.map((t) => [t.id, t])),
    sentences,
    eventMentions,
    timexes,
    entityMentions,
    instances,
    tlinks,
    participants,
    refersTo,
  });
}

/** The text a markable spans: the exact characters when its tokens are contiguous, else its tokens joined by spaces. */
export function markableText(doc: CatDocument, tokenIds: readonly number[]): string {
  const tokens = tokenIds.flatMap((id) => {
    const t = doc.tokenById.get(id);
    return t ? [t] : [];
  });
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return '';
  const contiguous = tokens.every((t, i) => i === 0 || t.number === (tokens[i - 1]?.number ?? 0) + 1);
  return contiguous
    ? doc.text.slice(first.start, last.end)
    : tokens.map((t) => doc.text.slice(t.start, t.end)).join(' ');
}

/** The sentence of a markable's first token, or null for an implicit markable without tokens. */
export function markableSentence(doc: CatDocument, tokenIds: readonly number[]): number | null {
  const first = tokenIds[0];
  return first === undefined ? null : (doc.tokenById.get(first)?.sentence ?? null);
}
