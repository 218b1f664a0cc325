/**
 * The shared analysis of one article that every extraction stage reads and extends. A stage only
 * reads fields that earlier stages wrote (see pipeline.ts for the order), so each stage can be tested
 * alone on a hand-built analysis. Offsets inside a SentenceAnalysis are into its `text`.
 */
import type { DateBasis, EventType, Factuality } from '../model/event-record';
import type { ActorMatcher, ActorMention } from './actors';
import type { EventDate } from './event-dates';
import type { Trigger } from './event-types';
import type { ReferenceDate } from './reference-date';
import type { SplitArticle } from './split-articles';

/** Universal part-of-speech tags, as the NLP library gives them. */
export type Pos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

export interface Token {
  text: string;
  /** Lower-case text. */
  lower: string;
  lemma: string;
  pos: Pos;
  start: number;
  end: number;
}

export type EntityKind = 'person' | 'organisation' | 'state' | 'place' | 'unknown';

/** A named thing in a sentence: listed in actors.json, discovered from capitalised words, or an anaphor. */
export interface Entity {
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** The fullest name known in the article ("Benjamin Netanyahu" for "Netanyahu"). */
  name: string;
  kind: EntityKind;
  /** actors.json id, '' when the entity is not listed. */
  actorId: string;
  /** The actor a person speaks or acts for, when the text says ("Israeli Prime Minister ..."). */
  affiliation: string;
  /** How it was found, for explanations. */
  source: 'listed' | 'discovered' | 'anaphor';
  /** The listed mention behind it, for code that still speaks ActorMention. */
  mention?: ActorMention;
}

export type Tense = 'past' | 'present' | 'future' | 'none';

/** A verb group or an event noun: every predicate is a candidate event. */
export interface Predicate {
  /** Token index of the head (the main verb or the noun). */
  head: number;
  /** First token of the verb group (auxiliaries included). */
  first: number;
  kind: 'verb' | 'noun';
  lemma: string;
  tense: Tense;
  perfect: boolean;
  progressive: boolean;
  passive: boolean;
  /** A modal or future auxiliary ("will", "may", "would"), lower-case; '' when none. */
  modal: string;
  negated: boolean;
  /** Infinitive, gerund or participle without a finite auxiliary. */
  finite: boolean;
  /** The subordinating word that opens this predicate's clause ("after", "when", "that"); '' in a main clause. */
  subordinator: string;
  /** Inside quotation marks. */
  quoted: boolean;
  /** A verb of saying ("say", "announce", "tell"). */
  reporting: boolean;
  /** Filled by the arguments stage. */
  agent: Entity | null;
  /**
   * The subject as a description, lower case, when it names no entity ("stock markets", "police",
   * "macintosh users"): who acted, said as the text says it. '' when the agent is named or unknown.
   */
  subject: string;
  /**
   * A passive verb's grammatical subject as a description, when it names no entity ("the first lawsuit"
   * in "the first lawsuit was settled"): what the event happened to. '' otherwise.
   */
  patientSubject?: string;
  /** How the agent was found ("subject", "by-phrase", "speaker", "possessor", "controller", "pronoun"). */
  agentBasis: string;
  /** A second agent joined by "and" ("Congo and M23 agreed"), so the title takes a plural verb. */
  coAgent?: Entity | null;
  patient: Entity | null;
  /** Entities named in the predicate's clause other than the agent. */
  others: Entity[];
  /** Filled by the time-anchoring stage. */
  time: Anchor | null;
  /** Filled by the event-type stage. */
  type: EventType;
  /**
   * A participle phrase that describes the noun before it ("the company, founded in 2011, went public"):
   * it keeps the date written inside it, and is a row only on that date.
   */
  describes?: boolean;
  /** Set by time anchoring on the predicate the sentence is about. */
  main?: boolean;
  /** The typed event noun this verb governs ("declared a ceasefire", "condemned the sanctions"). */
  object?: Predicate;
  /** A typed trigger phrase that covers the head ("fired 8 missiles"), when the lexicon has one. */
  trigger: Trigger | null;
  factuality: Factuality;
}

export interface Anchor {
  date: EventDate;
  basis: DateBasis;
  /** How the date was chosen: "own date", "lead at publication", "continues sentence N" ... */
  how: string;
  /** Offsets of the date phrase in the sentence; null when the date came from elsewhere. */
  span: { start: number; end: number } | null;
}

export interface SentenceAnalysis {
  /** 0-based position in the article text. */
  index: number;
  /** Offsets in the article text. */
  start: number;
  end: number;
  /** As written in the article. */
  raw: string;
  /** `raw` with a leading dateline blanked out, offsets unchanged. */
  text: string;
  isCaption: boolean;
  /** The first sentence of the body: news leads report the main event and often carry no date. */
  isLead: boolean;
  tokens: Token[];
  /** Event dates with offsets into the sentence. */
  dates: EventDate[];
  /** Listed actor mentions, anaphors resolved, offsets into the sentence. */
  mentions: ActorMention[];
  entities: Entity[];
  predicates: Predicate[];
}

export interface ArticleAnalysis {
  articleId: string;
  article: SplitArticle;
  ref: ReferenceDate;
  matcher: ActorMatcher;
  places: ReadonlySet<string>;
  sentences: SentenceAnalysis[];
  /** Sentences skipped, by reason, for the run report. */
  skipped: Partial<Record<string, number>>;
}
