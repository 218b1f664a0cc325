/**
 * Stage: who is named in each sentence. Three sources, in order of trust:
 * 1. listed actors (actors.json names, demonyms, capitals, institutions, people), with the
 *    cheap coreference of "the country", "the North", "he" for listed people;
 * 2. discovered names: runs of proper nouns the tagger found, typed by their words (an organisation
 *    word at the end, a title before a person) and merged within the article (a surname with the full
 *    name, "Boeing Co." with "Boeing");
 * 3. anaphors for discovered names: "he"/"she" take the latest person, "the company" the latest
 *    organisation, a sentence-initial "It" the latest organisation or state.
 * A person is tied to the actor or organisation the words before the title name ("Israeli Prime
 * Minister Benjamin Netanyahu" -> Israel, "Apple CEO Steve Jobs" -> Apple).
 */
import type { ActorMention } from '../actors';
import type { ArticleAnalysis, Entity, EntityKind, SentenceAnalysis, Token } from '../analysis';
import { createCoreference } from '../coreference';
import { partyAfterPreposition } from '../party-position';
import { SURNAME_PARTICLES } from '../lexicon/name-particles';
import { GIVEN_NAMES } from '../lexicon/given-names';
import { IRREGULAR_PAST, REPORTING_VERBS } from '../lexicon/verb-classes';
import { isTitleCase } from './predicates';
import {
  NOT_NAMES,
  ORG_SUFFIXES,
  AREA_WORDS,
  ECONOMY_FIGURES,
  FIGURE_NOUNS,
  SHARE_GROUP_WORDS,
  IRREGULAR_PLURALS,
  OPENING_ADJECTIVES,
  TENURE_WORDS,
  ORG_WORDS,
  PERSON_TITLES,
  PORTFOLIO_WORDS,
  PLACE_PREPOSITIONS,
  FACILITY_WORDS,
  GENERIC_NAME_WORDS,
  PLAYER_ROLES,
  PRODUCT_NOUNS,
  PLACE_WORDS,
  THING_WORDS,
  CLUB_NOUNS,
  COMPANY_NOUNS,
  NON_BUSINESS_WORDS,
  PUBLIC_BODY_WORDS,
  REGULATOR_NOUNS,
  CORPORATE_TITLES,
  DESCRIBED_HEADS,
  EVENT_NAME_ENDS,
  NUMBERED_PART_WORDS,
  OCCASION_POSSESSORS,
  SHARED_LEADING_WORDS,
  STATE_BODY_WORDS,
  NEWS_SOURCES,
} from '../lexicon/entity-cues';

/**
 * Endings of plural common nouns that open sentences ("Officials said", "Lawmakers approved",
 * "Paramedics arrived"); a name ending in -s ("Airbus", "Qantas") does not end like these.
 */
const PLURAL_NOUN_RE =
  /(?:ers|ists|ians|ants|ents|ors|ics|ies|ees|als|ives|ards|ains|ses|ces|tes|des|nes|ges|ors|ons|ads|ops|ps|ks|ts|ls|ms|rs|res|ods|nds|ves)$/;

/** Names of competitions, which clubs play in: "Premier League", "FA Cup", "US Open". */
const COMPETITION_RE = /\s(?:League|Cup|Championships?|Open|Games|Trophy|Series|Tournament|Olympics)$/;

/** Words that can point back to a discovered name; every other token is skipped at once. */
const ANAPHORS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'it', 'its', 'they']);

/** What the article has learnt about a name, keyed by its normalised full form. */
interface Known {
  name: string;
  kind: EntityKind;
  affiliation: string;
  actorId: string;
}

/** "Boeing Co." and "boeing" compare equal; "the" and trailing company suffixes are dropped. */
export function nameKey(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/[’']s$/, '')
    .split(/\s+/)
    .filter((w) => w !== 'the');
  while (words.length > 1 && ORG_SUFFIXES.has(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ').replace(/[.,]$/, '');
}

function isCapitalised(t: Token): boolean {
  return /^[\p{Lu}\d]/u.test(t.text);
}

function isNameToken(t: Token, next?: Token, prev?: Token, headline = false): boolean {
  if (t.pos === 'PROPN') return isCapitalised(t) || /^[a-z]+[A-Z]/.test(t.text);
  // "Ford is slashing": a capitalised first word the tagger took for a verb, before an auxiliary.
  if (t.pos === 'VERB' && t.start === 0 && next?.pos === 'AUX' && isCapitalised(t)) return true;
  // "Best Buy": a capitalised verb right after a name in running text is the name's last word.
  if (t.pos === 'VERB' && !headline && prev?.pos === 'PROPN' && isCapitalised(prev) && isCapitalised(t))
    return true;
  // "Associated Press", "United Airlines": a capitalised word the tagger read as a verb or adjective
  // inside a name, when a proper noun follows.
  // "the Met Office": also before a capitalised organisation word the tagger called a noun.
  if (
    (t.pos === 'VERB' || t.pos === 'ADJ') &&
    (next?.pos === 'PROPN' || (next?.pos === 'NOUN' && ORG_WORDS.has(next.lower))) &&
    isCapitalised(t) &&
    isCapitalised(next) &&
    t.start > 0
  )
    return true;
  // The tagger calls some capitalised nouns of names NOUN ("Convention Center", "Airways").
  return t.pos === 'NOUN' && isCapitalised(t) && t.start > 0;
}

function kindOfListed(
  m: ActorMention,
  actorKinds: ReadonlyMap<string, string>,
  prev: Token | undefined,
): EntityKind {
  if (m.kind === 'person') return 'person';
  if (m.kind === 'capital' && prev && PLACE_PREPOSITIONS.has(prev.lower)) return 'place';
  if (m.kind === 'institution') return 'organisation';
  const k = actorKinds.get(m.actorId) ?? 'state';
  return k === 'state' ? 'state' : 'organisation';
}

interface Run {
  first: number;
  last: number;
  /** Set when a title follows the run inside one name: "Apple" in "Apple CEO Steve Jobs". */
  owner?: boolean;
}

/** Words after a number that make it an amount, not part of a name: "Apple 5% up", "Nasdaq 20 points". */
const AMOUNT_AFTER: ReadonlySet<string> = new Set([
  '%',
  'percent',
  'per',
  'points',
  'point',
  'million',
  'billion',
  'trillion',
  'thousand',
  'shares',
  'years',
  'people',
]);

function isNameNumber(tokens: readonly Token[], j: number): boolean {
  const u = tokens[j];
  const prev = tokens[j - 1];
  if (!u || !prev || u.pos !== 'NUM' || !/^\d{1,4}$/.test(u.text) || prev.end === u.start) return false;
  if (!isCapitalised(prev) && !/^[a-z]+[A-Z]/.test(prev.text)) return false;
  // "in May 2010", "Friday 12": a date's number is no name's.
  if (/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i.test(prev.text))
    return false;
  const next = tokens[j + 1];
  return !next || !AMOUNT_AFTER.has(next.lower);
}

/**
 * "Ford Motor Co. recalled ...": a capitalised first word the tagger took for a verb opens a name when
 * the proper nouns after it end in a company suffix. An imperative ("Meet Joe Black") has none.
 */
function opensCompanyName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || i !== 0 || t.pos !== 'VERB' || !isCapitalised(t)) return false;
  let j = i + 1;
  while (tokens[j]?.pos === 'PROPN' && isCapitalised(tokens[j] as Token)) j++;
  return j > i + 1 && ORG_SUFFIXES.has(tokens[j - 1]?.lower ?? '');
}

/** Words for a party or a movement after its name: "Reform UK party". */
const PARTY_WORDS: ReadonlySet<string> = new Set(['party', 'movement', 'alliance', 'coalition', 'bloc']);

/** Forms of "be" before a participle that make it passive. */
const PASSIVE_AUX: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * The index of the last word of an occasion's name when token `j` is a possessive inside it ("'s
 * Conference", "' Festival", "'s World Cup"), else -1.
 */
function possessiveOccasionEnd(tokens: readonly Token[], j: number, headline: boolean): number {
  const u = tokens[j];
  const prev = tokens[j - 1];
  if (!u || !prev || u.start !== prev.end) return -1;
  const possessive =
    u.lower === "'s" || u.lower === '’s' || ((u.text === "'" || u.text === '’') && /s$/.test(prev.text));
  if (!possessive) return -1;
  for (let k = j + 1; k <= j + 3 && k < tokens.length; k++) {
    const w = tokens[k] as Token;
    if (!isNameToken(w, tokens[k + 1], tokens[k - 1], headline)) return -1;
    if (EVENT_NAME_ENDS.has(w.lower)) return k;
  }
  return -1;
}

/** Lower-case particles that join a person's given name to the surname: "Jan de Vries". */
const PARTICLES: ReadonlySet<string> = new Set(SURNAME_PARTICLES);

/** Proper-noun runs not covered by a listed mention: "Prime Minister Benjamin Netanyahu", "Bank of England". */
function nameRuns(tokens: readonly Token[], covered: (t: Token) => boolean): Run[] {
  const runs: Run[] = [];
  const headline = isTitleCase(tokens);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !(isNameToken(t, tokens[i + 1]) || opensCompanyName(tokens, i)) || covered(t)) {
      i++;
      continue;
    }
    // "Chapter 11", "Article 50", "a Category 3 storm": a part of a law or a grade, not a name.
    if (NUMBERED_PART_WORDS.has(t.lower) && /^(?:\d+[A-Za-z]?|[IVXL]+)$/.test(tokens[i + 1]?.text ?? '')) {
      i += 2;
      continue;
    }
    let last = i;
    for (let j = i + 1; j < tokens.length; j++) {
      const u = tokens[j];
      if (!u || covered(u)) break;
      // "Wal-Mart", "Rolls-Royce": a hyphen joins the parts of one name.
      const joined =
        u.text === '-' &&
        u.start === tokens[j - 1]?.end &&
        tokens[j + 1]?.start === u.end &&
        isNameToken(tokens[j + 1] as Token, tokens[j + 2]);
      if (isNameToken(u, tokens[j + 1], tokens[j - 1], headline) || u.text === '&' || joined) {
        last = j;
        continue;
      }
      // "Standard and Poor's 500", "Procter and Gamble Co.": "and" inside one name, known by what ends
      // it (an index number after a possessive, a company suffix); "Russia and China" stay two.
      if (u.lower === 'and' && isNameToken(tokens[j + 1] as Token, tokens[j + 2])) {
        const after = tokens[j + 2];
        const indexName =
          (after?.lower === "'s" || after?.lower === '’s') && /^\d{1,4}$/.test(tokens[j + 3]?.text ?? '');
        // "Food and Drug Administration", "Securities and Exchange Commission": one word before
        // "and" and an organisation word right after the next.
        const bodyName =
          j - i === 1 &&
          (ORG_WORDS.has(after?.lower ?? '') ||
            (after !== undefined &&
              isNameToken(after, tokens[j + 3]) &&
              ORG_WORDS.has(tokens[j + 3]?.lower ?? '')));
        if (indexName || bodyName || ORG_SUFFIXES.has(after?.lower ?? '')) {
          last = j;
          continue;
        }
      }
      // "Standard & Poor's 500", "McDonald's Corp.": a possessive inside a name, before its number or
      // company suffix ("Apple's iPhone" stays two names). Only a joined name owns its number:
      // "Boeing's 787" is Boeing's model.
      const joinedName = tokens.slice(i, j).some((x) => x.text === '&' || x.lower === 'and');
      if (
        (u.lower === "'s" || u.lower === '’s') &&
        u.start === tokens[j - 1]?.end &&
        (ORG_SUFFIXES.has(tokens[j + 1]?.lower ?? '') ||
          (joinedName &&
            /^\d{1,4}$/.test(tokens[j + 1]?.text ?? '') &&
            !AMOUNT_AFTER.has(tokens[j + 2]?.lower ?? '')))
      ) {
        last = j + 1;
        j++;
        continue;
      }
      // "Worldwide Developer's Conference", "Women's World Cup", "the Calloway Growers' Festival": a
      // possessive inside the name of an occasion. One word before it must be one that names no
      // organiser ("Apple's Worldwide Developers Conference" is Apple's, and stays two names).
      const occasionEnd = possessiveOccasionEnd(tokens, j, headline);
      if (occasionEnd > 0 && (j - i >= 2 || OCCASION_POSSESSORS.has(tokens[j - 1]?.lower ?? ''))) {
        last = occasionEnd;
        j = occasionEnd;
        continue;
      }
      // "FTSE 100", "Nikkei 225", "iPhone 4", "Boeing 737": a model or index number ends the name.
      if (isNameNumber(tokens, j)) {
        last = j;
        continue;
      }
      // "Jan de Vries", "Ursula von der Leyen", "Lula da Silva": lower-case particles inside a person's
      // name, between capitalised words that are no organisation words.
      if (PARTICLES.has(u.text) && !ORG_WORDS.has(tokens[j - 1]?.lower ?? '')) {
        let k = j;
        while (PARTICLES.has(tokens[k]?.text ?? '') && k - j < 2) k++;
        const surname = tokens[k];
        if (
          surname &&
          /^\p{Lu}\p{Ll}/u.test(surname.text) &&
          isNameToken(surname, tokens[k + 1]) &&
          !covered(surname)
        ) {
          last = k;
          j = k;
          continue;
        }
      }
      // "Bank of England", "University of Tokyo": "of" joins when an organisation word precedes it.
      const next = tokens[j + 1];
      if (u.lower === 'of' && next && isNameToken(next) && ORG_WORDS.has(tokens[j - 1]?.lower ?? '')) {
        last = j;
        continue;
      }
      // "Students for Fair Admissions", "Centers for Disease Control": "for" before a name of two
      // or more words, inside an organisation's name.
      const second = tokens[j + 2];
      if (
        u.lower === 'for' &&
        next &&
        second &&
        isNameToken(next) &&
        isNameToken(second) &&
        /^\p{Lu}/u.test(next.text) &&
        /^\p{Lu}/u.test(second.text) &&
        !isNameNumber(tokens, j + 1)
      ) {
        last = j;
        continue;
      }
      break;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}

/** "Defense" in "Defense Minister": a portfolio word right before a title is part of the title. */
function isPortfolio(tokens: readonly Token[], k: number): boolean {
  return PORTFOLIO_WORDS.has(tokens[k]?.lower ?? '') && PERSON_TITLES.has(tokens[k + 1]?.lower ?? '');
}

/**
 * "Apple CEO Steve Jobs", "Bank of England Governor Mervyn King": a title inside a run separates
 * the organisation before it from the person after it. The title stays with the person.
 */
function splitAtTitles(tokens: readonly Token[], runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    let first = run.first;
    for (let k = run.first + 1; k < run.last; k++) {
      const title = PERSON_TITLES.has(tokens[k]?.lower ?? '');
      const before = PERSON_TITLES.has(tokens[k - 1]?.lower ?? '') || isPortfolio(tokens, k - 1);
      // "Apple Inc. Steve Jobs": a company suffix ends the company's name.
      const afterSuffix =
        ORG_SUFFIXES.has(tokens[k - 1]?.lower ?? '') && (tokens[k - 1]?.text.endsWith('.') ?? false);
      if ((title && !before && k > first) || afterSuffix) {
        out.push({ first, last: k - 1, owner: title });
        first = k;
      }
    }
    out.push({ first, last: run.last });
  }
  return out;
}

/**
 * The state or listed organisation an organisation belongs to, from the words right before its
 * name: "Iran's Foreign Ministry", "the Russian Defence Ministry". '' when none.
 */
function ownerBefore(
  tokens: readonly Token[],
  index: number,
  entities: readonly Entity[],
  name: string,
): string {
  const prev = tokens[index - 1];
  if (!prev) return '';
  // "the British FTSE", "Japan's Nikkei 225", "Russia's Gazprom": a market or a company is its own
  // actor; only a body of the state ("Iran's Foreign Ministry") acts for its country.
  if (
    !name
      .toLowerCase()
      .split(/\s+/)
      .some((w) => STATE_BODY_WORDS.has(w))
  )
    return '';
  const at = prev.lower === "'s" || prev.lower === '’s' ? tokens[index - 2] : prev;
  if (!at) return '';
  const owner = entities.find((e) => e.start <= at.start && at.end <= e.end);
  if (!owner || owner.actorId === '' || owner.kind === 'person' || owner.kind === 'place') return '';
  return owner.actorId;
}

/** "polled by Reuters", "told AP": a news outlet that reports the story is never what "it" points back to. */
function isNewsSource(e: Entity): boolean {
  return NEWS_SOURCES.has(e.name.toLowerCase()) || NEWS_SOURCES.has(e.text.toLowerCase());
}

/** The state a listed person holds office for, as the title words right before the name say. */
function statedOffice(tokens: readonly Token[], index: number, entities: readonly Entity[]): string {
  let i = index - 1;
  while (i >= 0 && PERSON_TITLES.has(tokens[i]?.lower ?? '')) i--;
  if (i === index - 1 || tokens[i - 1]?.lower === 'former' || tokens[i]?.lower === 'former') return '';
  const t = tokens[i];
  const owner = t ? entities.find((e) => e.start <= t.start && t.end <= e.end) : undefined;
  return owner && owner.kind === 'state' && owner.actorId ? owner.actorId : '';
}

/** The listed or discovered entity that ends right before `index`, skipping title words. */
function affiliationBefore(tokens: readonly Token[], index: number, entities: readonly Entity[]): string {
  let i = index - 1;
  while (i >= 0 && PERSON_TITLES.has(tokens[i]?.lower ?? '')) i--;
  if (i === index - 1) return '';
  const t = tokens[i];
  if (!t) return '';
  const owner = entities.find((e) => e.start <= t.start && t.end <= e.end + 2);
  if (!owner || owner.kind === 'person' || owner.kind === 'place') return '';
  return owner.actorId || owner.name;
}

/**
 * The sentence's first organisation, country or bare name, when the token at `at` opens what it said:
 * "X has announced that it ...", "X said it ...". Null otherwise, or when a person speaks.
 */
function reportedSpeaker(tokens: readonly Token[], at: number, before: readonly Entity[]): Entity | null {
  const prev = tokens[at - 1];
  const said = prev?.lower === 'that' ? tokens[at - 2] : prev;
  if (!said || said.pos !== 'VERB' || !REPORTING_VERBS.has(said.lemma)) return null;
  // "Taiwan's Defence Ministry said": a possessor is not the speaker; what it owns is.
  const owner = (e: Entity): boolean => {
    const next = tokens.find((x) => x.start >= e.end);
    return next !== undefined && (next.lower === "'s" || next.lower === '’s');
  };
  // "European aircraft manufacturer Airbus announced": a demonym in the description before a name is
  // not the speaker; the name is.
  const first = before.find(
    (e) => e.source !== 'anaphor' && e.kind !== 'place' && !owner(e) && !describesName(tokens, e),
  );
  if (!first || first.kind === 'person' || first.end > said.start) return null;
  return first;
}

/**
 * Shorter names a discovered organisation goes by later in the same article: its leading words ("Dow
 * Jones" and "Dow" for "Dow Jones Industrial Average", "Nasdaq" for "Nasdaq Composite"), the initials of a
 * name of several words ("GM" for "General Motors") and an abbreviation given in brackets right after it
 * ("Standard & Poor's 500 (S&P)"). A leading word that many names share ("Bank", "United", "New") is no
 * short form. Keys as nameKey gives them.
 */
export function shortFormsOf(name: string, bracketed = ''): string[] {
  const words = name
    .replace(/[’']s$/, '')
    .split(/\s+/)
    .filter(Boolean);
  const out: string[] = [];
  if (
    bracketed &&
    /^[\p{Lu}][\p{Lu}\p{Ll}&.\d-]{0,7}$/u.test(bracketed) &&
    /\p{Lu}.*\p{Lu}|&/u.test(bracketed)
  )
    out.push(nameKey(bracketed));
  if (words.length < 2) return out;
  const first = words[0] ?? '';
  // "Apple Worldwide Developers Conference": an occasion is named after its organiser, and "Apple" later
  // is the organiser, not the conference.
  const occasion = EVENT_NAME_ENDS.has((words[words.length - 1] ?? '').toLowerCase());
  if (!occasion && !SHARED_LEADING_WORDS.has(first.toLowerCase()) && !ORG_WORDS.has(first.toLowerCase())) {
    for (let n = 1; n < words.length; n++) {
      const last = words[n - 1] ?? '';
      // "Dow Jones", not "Bank of": a short form ends on a capitalised word or a number.
      if (!/^[\p{Lu}\d]/u.test(last) || ORG_SUFFIXES.has(last.toLowerCase())) continue;
      out.push(nameKey(words.slice(0, n).join(' ')));
    }
  }
  const initials = words
    .filter((w) => /^\p{Lu}/u.test(w) && !ORG_SUFFIXES.has(w.toLowerCase()))
    .map((w) => w[0] ?? '')
    .join('');
  if (initials.length >= 2) out.push(initials.toLowerCase());
  return out;
}

/**
 * "the index", "the exchange", "the court": a definite common noun on its own (no noun or name after it
 * in the same phrase), which may point back to a name that has that word in it.
 */
function definiteHeadNoun(tokens: readonly Token[], ti: number): boolean {
  const t = tokens[ti];
  const the = tokens[ti - 1];
  const next = tokens[ti + 1];
  if (!t || t.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(t.text) || t.text.length < 4) return false;
  if (the?.lower !== 'the') return false;
  return !next || (next.pos !== 'NOUN' && next.pos !== 'PROPN');
}

interface NamedMention {
  entry: Known;
  words: ReadonlySet<string>;
}

/** The organisation or name mentioned last that can be called `word` ("FTSE 100 index" for "index"). */
function latestNamedWith(named: readonly NamedMention[], word: string): Known | null {
  for (let i = named.length - 1; i >= 0; i--) {
    const k = named[i];
    if (k?.words.has(word)) return k.entry;
  }
  return null;
}

/**
 * "Northwind plans to cut jobs, Chief Executive Dana Whitlock told analysts": an executive named with no
 * company before the title works for the company the sentence, or else the story so far, is about.
 */
function companyOfExecutive(
  tokens: readonly Token[],
  first: number,
  entities: readonly Entity[],
  lastOrg: Entity | null,
): string {
  if (!CORPORATE_TITLES.has(tokens[first - 1]?.lower ?? '')) return '';
  const at = tokens[first]?.start ?? 0;
  const company = [...entities]
    .reverse()
    .find((e) => e.end <= at && e.kind === 'organisation' && e.source !== 'anaphor');
  const org = company ?? (lastOrg?.kind === 'organisation' ? lastOrg : null);
  return org ? org.actorId || org.name : '';
}

/** The abbreviation in brackets right after token `last` ("(S&P)", "(IMF)"), or ''. */
function bracketedAfter(tokens: readonly Token[], last: number, text: string): string {
  const open = tokens[last + 1];
  if (open?.text !== '(') return '';
  let k = last + 2;
  while (k < tokens.length && tokens[k]?.text !== ')' && k - last < 6) k++;
  const close = tokens[k];
  const inner = tokens[last + 2];
  if (close?.text !== ')' || !inner) return '';
  return text.slice(inner.start, tokens[k - 1]?.end ?? inner.end);
}

/** How often, and in which order first, the article has named a person. */
interface PersonMentions {
  entity: Entity;
  count: number;
  first: number;
}

/**
 * "The Jamaican, who turns 30 next week", "the 25-year-old Brazil forward": a nationality used as a
 * noun, or a country before a player's role, is the person the story names most (of that country or
 * of none given), not the country. That person as an anaphor over the phrase; null when `e` is not
 * such a use or no person is known.
 */
function personForNationality(
  s: SentenceAnalysis,
  e: Entity,
  mentions: ReadonlyMap<string, PersonMentions>,
): Entity | null {
  if (e.kind !== 'state' || e.source !== 'listed') return null;
  const ti = s.tokens.findIndex((t) => t.start === e.start);
  const last = s.tokens.findIndex((t) => t.end === e.end);
  if (ti < 0 || last < 0) return null;
  const next = s.tokens[last + 1];
  let j = ti - 1;
  while (
    j >= 0 &&
    ti - j <= 8 &&
    (s.tokens[j]?.text === '-' || !['VERB', 'AUX', 'PUNCT'].includes(s.tokens[j]?.pos ?? ''))
  )
    j--;
  const opensWithThe = s.tokens.slice(j + 1, ti).some((t) => t.lower === 'the');
  const asNoun =
    e.mention?.kind === 'demonym' &&
    s.tokens[ti - 1]?.lower === 'the' &&
    !/s$/.test(e.text) &&
    !['NOUN', 'PROPN', 'ADJ'].includes(next?.pos ?? '');
  const role = opensWithThe && PLAYER_ROLES.has(next?.lower ?? '');
  if (!asNoun && !role) return null;
  const person = [...mentions.values()]
    .filter((c) => !c.entity.affiliation || c.entity.affiliation === e.actorId)
    .sort((a, b) => b.count - a.count || a.first - b.first)[0]?.entity;
  if (!person) return null;
  const end = role && next ? next.end : e.end;
  return { ...person, start: e.start, end, text: s.text.slice(e.start, end), source: 'anaphor' };
}

/**
 * Words the article writes in lower case and never capitalises inside a sentence: "famine", "civil".
 * Capitalised at a sentence's start, such a word is the common word, not a name.
 */
function commonWordsOf(doc: ArticleAnalysis): Set<string> {
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  for (const s of doc.sentences) {
    s.tokens.forEach((t, i) => {
      if (/^\p{Ll}+$/u.test(t.text)) lower.add(t.lower);
      else if (/^\p{Lu}/u.test(t.text) && i > 0 && s.tokens[i - 1]?.pos !== 'PUNCT') capitalised.add(t.lower);
    });
  }
  for (const w of capitalised) lower.delete(w);
  return lower;
}

export function entityStage(doc: ArticleAnalysis): void {
  const actorKinds = new Map(doc.matcher.actors.map((a) => [a.id, a.kind ?? 'state']));
  const commonWords = commonWordsOf(doc);
  const coreference = createCoreference(doc.matcher.actors);
  const known = new Map<string, Known>();
  const surnames = new Map<string, Known>();
  /** Shorter names of discovered organisations (shortFormsOf); the first name to claim one keeps it. */
  const shortForms = new Map<string, Known>();
  const learnShortForms = (entry: Known, bracketed: string): void => {
    if (entry.kind !== 'organisation' && entry.kind !== 'unknown') return;
    for (const k of shortFormsOf(entry.name, bracketed)) {
      if (k && !known.has(k) && !shortForms.has(k) && !surnames.has(k)) shortForms.set(k, entry);
    }
  };
  /**
   * Discovered organisations and names in order of mention, each with the words it can be called by: its
   * own and a common noun written right after it ("index" of "the FTSE 100 index"), for a later "the index".
   */
  const named: NamedMention[] = [];
  const noteNamed = (entry: Known, after: Token | undefined, spelled = entry.name): void => {
    // "the world" is never the World Food Programme: words that common stay common nouns.
    const words = new Set(
      spelled
        .toLowerCase()
        .split(/[\s-]+/)
        .filter((w) => !GENERIC_NAME_WORDS.has(w)),
    );
    if (after && after.pos === 'NOUN' && /^\p{Ll}+$/u.test(after.text)) words.add(after.lower);
    named.push({ entry, words });
  };
  /** Offices the article gives listed people ("Dutch Prime Minister Mark Rutte"), by surname. */
  const offices = new Map<string, string>();
  let lastPerson: Entity | null = null;
  /** People named so far, by name, with how often and where first: "the Jamaican" is the one named most, or first. */
  const personMentions = new Map<string, PersonMentions>();
  let mentionOrder = 0;
  let lastOrg: Entity | null = null;
  /** The previous sentence's first organisation or state, and the listed actors it names. */
  let previousSubject: Entity | null = null;
  let previousActors = new Set<string>();
  /** The last organisation proper (no state, no unknown name): what "the team" or "the club" is. */
  let lastOrganisation: Entity | null = null;
  // "the company", "its chief executive": the last name that is no country, which a company can be.
  let lastCompany: Entity | null = null;
  /** What "the group", "the company" ... meant when the story last used the noun. */
  const calledBefore = new Map<string, Entity>();
  /** The last public body named ("... Safety Administration"): what "the regulator" is. */
  let lastBody: Entity | null = null;
  for (const s of doc.sentences) {
    // "Calloway Bank reported losses. Its shares plunged", "Equifax said .... It discovered the
    // intrusion": the company the list does not know, named as the previous sentence's subject, is
    // "it", not a listed actor named before that sentence.
    const resolved = coreference.resolve(s.text, s.mentions).filter(
      (m) =>
        !(
          m.anaphor !== undefined &&
          /^its?$/i.test(m.anaphor) &&
          // Shares are a company's; otherwise only a country is set aside, as a listed institution
          // may be the speaker of that sentence ("the central bank said").
          (/^\s*(?:shares|stock)\b/.test(s.text.slice(m.end)) ||
            (m.kind !== 'institution' && (actorKinds.get(m.actorId) ?? 'state') === 'state')) &&
          previousSubject?.source === 'discovered' &&
          (previousSubject.kind === 'organisation' || previousSubject.kind === 'unknown') &&
          !previousActors.has(m.actorId)
        ) &&
        // "Guzmán has escaped twice. In 2001, he fled ...": "he" is the person named last, whom
        // the list does not know, not a listed one named before him.
        !(
          m.anaphor !== undefined &&
          /^(?:he|she|his|her|him)$/i.test(m.anaphor) &&
          lastPerson?.source === 'discovered' &&
          lastPerson.actorId !== m.actorId
        ),
    );
    const mentions =
      resolved.length > 0 ? [...s.mentions, ...resolved].sort((a, b) => a.start - b.start) : s.mentions;
    coreference.observe(s.text, mentions);
    s.mentions = mentions;
    const entities: Entity[] = [];
    const tokenAt = (offset: number): number => s.tokens.findIndex((t) => t.start >= offset);
    for (const m of mentions) {
      if (m.kind === 'person' && m.anaphor === undefined && /\s/.test(m.text)) {
        // "Choe" after "Choe Jin", "Lavrov" after "Sergei Lavrov": a listed person's short forms.
        const entry: Known = { name: m.text, kind: 'person', affiliation: m.actorId, actorId: m.actorId };
        const words = m.text.split(/\s+/);
        for (const w of [words[words.length - 1], words[0]]) {
          const k = nameKey(w ?? '');
          if (k && !surnames.has(k)) surnames.set(k, entry);
        }
      }
      const ti = tokenAt(m.start);
      const kind = kindOfListed(m, actorKinds, ti > 0 ? s.tokens[ti - 1] : undefined);
      // "Dutch Prime Minister Mark Rutte": the office the sentence gives outranks the list's, which
      // holds one affiliation for a whole career. Not for a "former" one.
      const surnameKey = m.kind === 'person' ? nameKey(m.text.split(/\s+/).pop() ?? '') : '';
      const stated =
        m.kind === 'person' && m.anaphor === undefined && ti > 0 ? statedOffice(s.tokens, ti, entities) : '';
      if (stated && surnameKey) offices.set(surnameKey, stated);
      const acting = stated || (surnameKey ? offices.get(surnameKey) : undefined) || m.actorId;
      entities.push({
        start: m.start,
        end: m.end,
        text: m.text,
        // "Putin" after "Vladimir Putin": a person is named at their fullest in the article.
        name:
          m.kind === 'person'
            ? /\s/.test(m.text)
              ? m.text
              : (surnames.get(nameKey(m.text))?.name ?? m.text)
            : doc.matcher.label(m.actorId),
        kind,
        actorId: kind === 'place' ? '' : acting,
        affiliation: m.kind === 'person' ? acting : '',
        source: m.anaphor === undefined ? 'listed' : 'anaphor',
        mention: m,
      });
      // "the Bank of England ... the Bank's deputy governor": a listed institution can be named again
      // by a word of its name.
      if (kind === 'organisation' && m.anaphor === undefined && /\s/.test(m.text)) {
        const entry: Known = {
          name: doc.matcher.label(m.actorId),
          kind,
          affiliation: '',
          actorId: m.actorId,
        };
        noteNamed(entry, undefined, m.text);
      }
    }
    const covered = (t: Token): boolean =>
      mentions.some((m) => t.start < m.end && m.start < t.end) ||
      s.dates.some((d) => t.start < d.end && d.start < t.end);
    const runs = splitAtTitles(s.tokens, nameRuns(s.tokens, covered));
    /**
     * A listed name taken into a longer organisation name ("Bank of America", "Real Madrid", "Kenya
     * Airways"): the listed entity goes, and the whole from `start` to `end` is one organisation.
     */
    const absorbListed = (
      listed: Entity,
      start: number,
      end: number,
      kind: EntityKind = 'organisation',
    ): void => {
      entities.splice(entities.indexOf(listed), 1);
      const full = s.text.slice(start, end);
      const key = nameKey(full);
      const entry: Known = known.get(key) ?? {
        name: full,
        kind,
        affiliation: '',
        actorId: '',
      };
      known.set(key, entry);
      learnShortForms(entry, '');
      noteNamed(
        entry,
        s.tokens.find((t) => t.start >= end),
      );
      entities.push({ ...entry, start, end, text: full, source: 'discovered' });
    };
    /** Runs already taken into a longer name ("Corp." of "Bank of America Corp."). */
    const skip = new Set<Run>();
    for (const run of runs) {
      if (skip.has(run)) continue;
      let first = run.first;
      let titled = false;
      // "General Motors", "Chief Executives Board": a title word that opens an organisation's name.
      const orgName = ORG_WORDS.has(s.tokens[run.last]?.lower ?? '');
      while (
        !orgName &&
        first <= run.last &&
        (PERSON_TITLES.has(s.tokens[first]?.lower ?? '') ||
          NOT_NAMES.has(s.tokens[first]?.lower ?? '') ||
          isPortfolio(s.tokens, first))
      ) {
        if (PERSON_TITLES.has(s.tokens[first]?.lower ?? '')) titled = true;
        first++;
      }
      if (first > run.last) continue;
      // "Vice Foreign Minister" before a listed name: a title, not a name. But "Court of Justice",
      // "Ministry of Justice": an organisation word before "of" makes the whole an organisation.
      const inner = s.tokens.slice(first, run.last);
      const bodyOf =
        inner.some((t) => t.lower === 'of') &&
        inner.some((t) => ORG_WORDS.has(t.lower) && /^\p{Lu}/u.test(t.text));
      if (PERSON_TITLES.has(s.tokens[run.last]?.lower ?? '') && !bodyOf) continue;
      // A lower-case title before the run counts too: "spokesman Dmitry Peskov".
      if (!titled && PERSON_TITLES.has(s.tokens[first - 1]?.lower ?? '')) titled = true;
      const head = s.tokens[first];
      const tail = s.tokens[run.last];
      if (!head || !tail) continue;
      // "Officials said", "Lawmakers approved": a capitalised plural opening the sentence is a common
      // noun the tagger took for a name, unless the article names it elsewhere.
      // "Stock markets fell", "Consumer prices rose", "Rescue teams pulled": a capitalised first
      // word before a common noun modifies it, unless the article names it elsewhere.
      const next = s.tokens[run.last + 1];
      // Checked last: only a one-word run at the start of a sentence pays for the scan of known names.
      const unknownWord = (): boolean => {
        const word = nameKey(head.text);
        return (
          !known.has(word) && !surnames.has(word) && ![...known.keys()].some((k) => k.startsWith(`${word} `))
        );
      };
      // "Shares of Apple rose", "Stocks fell": a market word opening the sentence is no name.
      // (After a wire dateline's dash too: "NEW YORK (Reuters) - Shares of ...".)
      const opens = first === 0 || s.tokens[first - 1]?.pos === 'PUNCT';
      if (opens && run.last === first && DESCRIBED_HEADS.has(head.lower) && unknownWord()) continue;
      // "Famine has been declared", "Civil war broke out": a word the article otherwise writes in
      // lower case.
      if (opens && run.last === first && commonWords.has(head.lower) && unknownWord()) continue;
      // "Police arrested", "People fled": a plural without an "s" opening the sentence.
      if (opens && run.last === first && IRREGULAR_PLURALS.has(head.lower) && unknownWord()) continue;
      // "Heavy rain caused flooding", "Deadly storms hit": an adjective opening the sentence.
      if (opens && run.last === first && OPENING_ADJECTIVES.has(head.lower) && next?.pos === 'NOUN') continue;
      // "Outgoing Prime Minister Rishi Sunak", "Former President ...": a word of tenure before a title.
      if (opens && run.last === first && TENURE_WORDS.has(head.lower)) continue;
      if (
        first === 0 &&
        run.last === 0 &&
        !/^[A-Z&]{2,}$/.test(head.text) &&
        ((PLURAL_NOUN_RE.test(head.lower) &&
          (next?.pos === 'VERB' || next?.pos === 'AUX' || next?.pos === 'ADP')) ||
          (next?.pos === 'NOUN' &&
            // "Apple shares fell": shares are a company's, and the word before them names it.
            !companyShares(head, next) &&
            (/^\p{Ll}[\p{L}-]*[^s]s$/u.test(next.text) || s.tokens[run.last + 2]?.pos === 'NOUN') &&
            !s.dates.some((d) => next.start >= d.start && next.end <= d.end))) &&
        unknownWord()
      )
        continue;
      // A capitalised word that only qualifies the lower-case noun after it names no one, unless the
      // article names it elsewhere: a figure and its verb opening the sentence ("Net income rose"), a
      // role noun before a name ("Rail operator Trenitalia", "Transport minister Paola De Micheli"), a
      // nationality adjective ("the English club", "a Kurdish militia").
      const afterNext = s.tokens[run.last + 2];
      const opening = first === 0 && run.last === 0;
      const qualifier =
        run.last === first &&
        next?.pos === 'NOUN' &&
        // "Toyota overtook GM": a past tense the tagger read as a noun qualifies nothing.
        IRREGULAR_PAST[next.lower] === undefined &&
        /^\p{Ll}+$/u.test(next.text) &&
        ((opening &&
          !companyShares(head, next) &&
          (FIGURE_NOUNS.has(next.lower) || ECONOMY_FIGURES.has(next.lower)) &&
          ['VERB', 'AUX'].includes(afterNext?.pos ?? '')) ||
          (opening && afterNext?.pos === 'PROPN') ||
          /(?:ish|ese)$/.test(head.lower));
      if (qualifier && unknownWord()) continue;
      // "(2nd L)", "(3rd R)": photo positions, not names.
      if (/^\d/.test(head.text) || /^\p{Lu}$/u.test(tail.text)) continue;
      const text = s.text.slice(head.start, tail.end);
      // "No. 2", "No. 1 spot": a rank, not a name.
      if (/^No\.\s*\d/.test(text)) continue;
      const words = run.last - first + 1;
      const lastWord = tail.lower;
      const prev = s.tokens[run.first - 1];
      const key = nameKey(text);
      let kind: EntityKind;
      // "the Bank", "the Company": an organisation word alone, capitalised after "the", is the
      // organisation named with it before.
      const restated =
        words === 1 && s.tokens[first - 1]?.lower === 'the' && ORG_WORDS.has(head.lower)
          ? (latestNamedWith(named, head.lower) ?? undefined)
          : undefined;
      const seen =
        known.get(key) ?? (words === 1 ? surnames.get(key) : undefined) ?? shortForms.get(key) ?? restated;
      const titleAfter =
        next !== undefined &&
        /^\p{Ll}/u.test(next.text) &&
        PERSON_TITLES.has(next.lower) &&
        /^\p{Lu}/u.test(s.tokens[run.last + 2]?.text ?? '');
      if (seen) kind = seen.kind;
      else if (bodyOf) kind = 'organisation';
      // "Eastbrook Rovers coach Luis Mendes", "Goldman Sachs analyst Jan Hatzius": a name before a
      // person's lower-case title is who they work for.
      else if (titleAfter && !titled) kind = 'organisation';
      // "Danish drugmaker Bavarian Nordic", "the carmaker Calloway Motors": a firm's common noun before it.
      else if (
        !titled &&
        prev &&
        /^\p{Ll}/u.test(prev.text) &&
        COMPANY_NOUNS.has(prev.lower) &&
        !CLUB_NOUNS.has(prev.lower)
      )
        kind = 'organisation';
      // An organisation word at the end outweighs a title before: "smaller rival Calloway Software".
      else if (titled && !ORG_WORDS.has(lastWord)) kind = 'person';
      else if (PLACE_WORDS.has(lastWord)) kind = 'place';
      else if (THING_WORDS.has(lastWord)) kind = 'unknown';
      else if (ORG_WORDS.has(lastWord) || /^[A-Z&]{2,6}$/.test(text)) kind = 'organisation';
      // "Johnson & Johnson", "Marks & Spencer": names joined by an ampersand are a firm's.
      else if (/\s&\s/.test(text)) kind = 'organisation';
      // "Students for Fair Admissions": no person's name holds "for".
      else if (/\sfor\s/.test(text)) kind = 'organisation';
      // "a stake in Chrysler", "sold Opel to Magna": the preposition names a party there. "took over
      // from Gustav Humbert": a given name and a surname are a person's wherever they stand.
      else if (
        prev &&
        PLACE_PREPOSITIONS.has(prev.lower) &&
        !partyAfterPreposition(s.tokens, run.first) &&
        !(words === 2 && GIVEN_NAMES.has(head.text) && !PLACE_WORDS.has(lastWord))
      )
        kind = 'place';
      else if (run.owner) kind = 'organisation';
      // "Puente Grande prison", "Zaporizhzhia plant": a building or site after the name makes it one.
      else if (next && /^\p{Ll}/u.test(next.text) && FACILITY_WORDS.has(next.lower)) kind = 'place';
      // "the Hang Seng index", "the Likud party": a common noun after the name says what it is.
      else if (next && /^\p{Ll}/u.test(next.text) && THING_WORDS.has(next.lower)) kind = 'unknown';
      else if (next && /^\p{Ll}/u.test(next.text) && ORG_WORDS.has(next.lower)) kind = 'organisation';
      // "the Hang Seng", "the Rolling Stones": people are not named with "the".
      else if (prev?.lower === 'the' && !titled) kind = 'unknown';
      // "Wal-Mart", "Rolls-Royce": a name joined by a hyphen alone is a firm's; people's hyphenated
      // names come with a space ("Jean-Pierre Raffarin").
      // A model number is no part of a person's name ("Vela 5", "Boeing 737").
      else if (
        words >= 2 &&
        words <= 4 &&
        /^[\p{Lu}][\p{Ll}]/u.test(head.text) &&
        // "North America", "West Bengal": no person's name opens with a compass word.
        !AREA_WORDS.has(head.lower) &&
        /\s/.test(text) &&
        !/\d/.test(text)
      )
        kind = 'person';
      else kind = 'unknown';
      // "Bank of America", "University of Texas": a name that ends in "of" goes on over the listed
      // place after it, and the whole is one organisation, not the country.
      const after = tail.lower === 'of' ? s.tokens[run.last + 1] : undefined;
      const owned = after
        ? entities.find((e) => e.source === 'listed' && e.start === after.start)
        : undefined;
      if (owned && !seen) {
        // "Bank of America Corp.": a company suffix after the place is part of the name.
        const suffixAt = s.tokens.findIndex((t) => t.start >= owned.end);
        const suffix = s.tokens[suffixAt];
        const end = suffix && ORG_SUFFIXES.has(suffix.lower) ? suffix.end : owned.end;
        if (suffix && end === suffix.end) {
          const glue = runs.find((r) => r.first === suffixAt);
          if (glue) skip.add(glue);
        }
        absorbListed(owned, head.start, end);
        continue;
      }
      // "Real Madrid", "Dynamo Kyiv": a name right before a listed capital makes one name with it, a
      // club's or a firm's, not the capital's state ("Central Moscow", "Greater London" are places).
      const capital = entities.find(
        (e) =>
          e.source === 'listed' &&
          e.mention?.kind === 'capital' &&
          e.start === tail.end + 1 &&
          s.text[tail.end] === ' ',
      );
      const plain = s.tokens
        .slice(first, run.last + 1)
        .every((t) => t.pos === 'PROPN' && !AREA_WORDS.has(t.lower) && !NOT_NAMES.has(t.lower));
      if (capital && !seen && !titled && kind !== 'person' && plain) {
        absorbListed(capital, head.start, capital.end);
        continue;
      }
      // "Paris Saint-Germain", "the Washington Commanders": a name right after a listed capital is a
      // club's or a firm's named after the city.
      const cityBefore = entities.find(
        (e) =>
          e.source === 'listed' &&
          e.mention?.kind === 'capital' &&
          e.end + 1 === head.start &&
          s.text[e.end] === ' ',
      );
      const plainHyphened = s.tokens
        .slice(first, run.last + 1)
        .every(
          (t) =>
            (t.pos === 'PROPN' && !AREA_WORDS.has(t.lower) && !NOT_NAMES.has(t.lower)) ||
            (t.text === '-' && t.start === s.tokens[s.tokens.indexOf(t) - 1]?.end),
        );
      if (cityBefore && !seen && !titled && kind !== 'person' && kind !== 'place' && plainHyphened) {
        absorbListed(cityBefore, cityBefore.start, tail.end);
        continue;
      }
      // "Kenya Airways", "Turkish Airlines": a listed name right before an organisation word is
      // part of the company's name, not the country.
      // "Massachusetts General Hospital": a place found in the text glues the same way.
      const glued = entities.find(
        (e) =>
          (e.source === 'listed' ? e.kind !== 'person' : e.source === 'discovered' && e.kind === 'place') &&
          e.end + 1 === head.start &&
          s.text[e.end] === ' ',
      );
      // "British National Council for Voluntary Organisations": the organisation word may come
      // before the name's "for" or "of" phrase.
      const orgWordAt = s.tokens.slice(first, run.last + 1).findIndex((t) => ORG_WORDS.has(t.lower));
      const orgNamed =
        ORG_WORDS.has(lastWord) ||
        (orgWordAt >= 0 && /^(?:for|of)$/.test(s.tokens[first + orgWordAt + 1]?.lower ?? ''));
      if (glued && !seen && orgNamed) {
        absorbListed(glued, glued.start, tail.end);
        continue;
      }
      // "European Championship", "Asian Games", "African Cup": a competition named after a region is
      // neither the region's body nor anyone's lane.
      if (glued && glued.source === 'listed' && !seen && words === 1 && EVENT_NAME_ENDS.has(lastWord)) {
        absorbListed(glued, glued.start, tail.end, 'unknown');
        continue;
      }
      // A listed name right after this one, one space apart: a demonym inside a firm's name ("Chipotle
      // Mexican Grill", "Royal Dutch Shell"), or a country closing a party's ("Reform UK party").
      const listedAfter = seen
        ? undefined
        : entities.find((e) => e.source === 'listed' && e.start === tail.end + 1 && s.text[tail.end] === ' ');
      if (listedAfter?.mention?.kind === 'demonym' && s.text[listedAfter.end] === ' ') {
        const rest = runs.find(
          (r) =>
            s.tokens[r.first]?.start === listedAfter.end + 1 &&
            !skip.has(r) &&
            // "the German Chancellor Olaf Scholz": a title after the demonym opens a person's name.
            !s.tokens.slice(r.first, r.last + 1).some((t) => PERSON_TITLES.has(t.lower)),
        );
        const restEnd = rest ? s.tokens[rest.last] : undefined;
        if (rest && restEnd) {
          skip.add(rest);
          absorbListed(listedAfter, head.start, restEnd.end);
          continue;
        }
      }
      const partyWord = listedAfter ? s.tokens.find((t) => t.start >= listedAfter.end) : undefined;
      if (
        listedAfter?.kind === 'state' &&
        partyWord &&
        /^\p{Ll}/u.test(partyWord.text) &&
        PARTY_WORDS.has(partyWord.lower)
      ) {
        absorbListed(listedAfter, head.start, listedAfter.end);
        continue;
      }
      const affiliation =
        seen?.affiliation ||
        (kind === 'person'
          ? affiliationBefore(s.tokens, first, entities) ||
            // "The Bank's deputy governor, Clare Lambert,": the title before the comma is hers.
            (s.tokens[first - 1]?.text === ',' ? affiliationBefore(s.tokens, first - 1, entities) : '') ||
            companyOfExecutive(s.tokens, first, entities, lastOrg)
          : kind === 'organisation' || kind === 'unknown'
            ? ownerBefore(s.tokens, run.first, entities, text)
            : '');
      const name = seen?.name ?? text.replace(/[’']s$/, '');
      const entry: Known = seen ?? { name, kind, affiliation, actorId: '' };
      if (!seen) {
        known.set(key, entry);
        // "their Boeing 737 Max 8 jets": a product with a model number is named after its maker,
        // so "Boeing" later is the maker, not the jet.
        const product = /\d/.test(text) && PRODUCT_NOUNS.has(s.tokens[run.last + 1]?.lower ?? '');
        if (!product) learnShortForms(entry, bracketedAfter(s.tokens, run.last, s.text));
        if (kind === 'person' && words >= 2) {
          surnames.set(nameKey(tail.text), entry);
          if (!surnames.has(nameKey(head.text))) surnames.set(nameKey(head.text), entry);
        }
      } else if (!seen.affiliation && affiliation) seen.affiliation = affiliation;
      if (entry.kind === 'organisation' || entry.kind === 'unknown') noteNamed(entry, next);
      entities.push({
        start: head.start,
        end: tail.end,
        text,
        name: entry.name,
        kind: entry.kind,
        actorId: entry.actorId,
        affiliation: entry.affiliation,
        source: 'discovered',
      });
    }
    entities.sort((a, b) => a.start - b.start);
    // Anaphors for discovered names; listed ones were resolved above.
    s.tokens.forEach((t, ti) => {
      const headNoun = definiteHeadNoun(s.tokens, ti);
      if (!headNoun && !ANAPHORS.has(t.lower) && !COMPANY_NOUNS.has(t.lower) && !REGULATOR_NOUNS.has(t.lower))
        return;
      if (entities.some((e) => t.start < e.end && e.start < t.end)) return;
      const restatedName = headNoun ? latestNamedWith(named, t.lower) : null;
      if (restatedName) {
        const from = s.tokens[ti - 1]?.start ?? t.start;
        entities.push({
          ...restatedName,
          start: from,
          end: t.end,
          text: s.text.slice(from, t.end),
          source: 'anaphor',
        });
        return;
      }
      const regulator = REGULATOR_NOUNS.has(t.lower);
      if (!ANAPHORS.has(t.lower) && !COMPANY_NOUNS.has(t.lower) && !regulator) return;
      let target: Entity | null = null;
      const before = entities.filter((e) => e.end <= t.start);
      if (t.lower === 'he' || t.lower === 'she' || t.lower === 'his' || t.lower === 'her') {
        target = [...before].reverse().find((e) => e.kind === 'person') ?? lastPerson;
      } else if (
        (t.lower === 'it' || t.lower === 'its' || (t.lower === 'they' && t.pos === 'PRON')) &&
        // "“It's carnage,” he said": inside a quotation "it" is the speaker's to mean, mostly nothing.
        !insideQuotation(s.text, t.start)
      ) {
        // "Bank of America, the second-largest bank in the United States, has announced that it
        // lost ...": in what a speaker said, "it" is the speaker, not a name in an aside.
        const speaker = reportedSpeaker(s.tokens, ti, before);
        // "The government released its forecast": after the verb, "its" is the clause's subject, and a
        // subject that names no one leaves it unnamed, not the name before.
        const verbAt = s.tokens.findIndex((x) => x.pos === 'VERB');
        const unnamedSubject =
          t.lower === 'its' &&
          verbAt > 0 &&
          verbAt < ti &&
          !s.tokens.slice(verbAt + 1, ti).some((x) => x.pos === 'VERB' || x.text === ',') &&
          s.tokens[0]?.pos === 'DET' &&
          s.tokens.slice(0, verbAt).some((x) => x.pos === 'NOUN') &&
          !before.some((e) => e.end <= (s.tokens[verbAt]?.start ?? 0));
        if (unnamedSubject) return;
        // "its chief executive": only a company has one, so a country named since is not meant.
        const corporate =
          t.lower === 'its' &&
          [1, 2].some((k) => CORPORATE_TITLES.has(s.tokens[ti + k]?.lower ?? '')) &&
          lastOrg?.kind === 'state'
            ? lastCompany
            : null;
        // "Apple said on Monday it sold ...": a bare name earlier in the same sentence beats the
        // previous sentence's organisation; "they" is a group and takes no bare name.
        target =
          speaker ??
          corporate ??
          [...before]
            .reverse()
            .find(
              (e) =>
                (e.kind === 'organisation' || e.kind === 'state') &&
                !isNewsSource(e) &&
                !describesName(s.tokens, e),
            ) ??
          (t.lower === 'they'
            ? null
            : [...before]
                .reverse()
                .find((e) => e.kind === 'unknown' && e.source !== 'anaphor' && !isNewsSource(e))) ??
          lastOrg;
      } else if (COMPANY_NOUNS.has(t.lower) || regulator) {
        // "the company", "the U.S. planemaker", "the European company said": the company the story
        // is about. A place or country used as a modifier inside the phrase names no one.
        let k = ti - 1;
        while (
          k >= 0 &&
          ['ADJ', 'PROPN', 'NOUN', 'PUNCT'].includes(s.tokens[k]?.pos ?? '') &&
          s.tokens[k]?.text !== ','
        )
          k--;
        const the = s.tokens[k];
        if (!the || the.lower !== 'the' || ti - k > 4) return;
        const from = s.tokens[k + 1]?.start ?? t.start;
        const inside = entities.filter((e) => e.start >= from && e.end <= t.end);
        if (
          inside.some(
            (e) => e.kind === 'person' || (e.kind !== 'state' && e.kind !== 'place' && e.source !== 'listed'),
          )
        )
          return;
        // The whole description, with any country inside it, now names the target.
        const restate = (named: Entity | null): void => {
          if (!named) return;
          for (const e of inside) entities.splice(entities.indexOf(e), 1);
          entities.push({
            ...named,
            start: from,
            end: t.end,
            text: s.text.slice(from, t.end),
            source: 'anaphor',
          });
        };
        // "the regulator": the public body named last, in this sentence or before.
        if (regulator) {
          restate([...before].reverse().find((e) => isPublicBody(e) && e.source !== 'anaphor') ?? lastBody);
          return;
        }
        // "the group" may be a union or a cartel; "the company" and "the carmaker" are no regulator,
        // court or university ("The FAA grounded the jets. The company said" is not the FAA).
        // Nor is a name with a model number ("iPhone 4 was introduced by ...", "the FTSE 100").
        const business = (e: Entity): boolean =>
          t.lower === 'group' || (!isNonBusiness(e) && !(e.kind === 'unknown' && /\d$/.test(e.name)));
        // The story's company here is the subject of the sentence's first verb, when it comes first.
        const verbIndex = s.tokens.findIndex((x) => x.pos === 'VERB');
        const verbAt = s.tokens[verbIndex]?.start ?? Infinity;
        const companyLike = (e: Entity): boolean =>
          e.source !== 'anaphor' && (e.kind === 'organisation' || e.kind === 'unknown') && business(e);
        // "iPhone 4 was introduced by Apple's chief at the company's conference": a passive subject is
        // what was acted on; the doer follows "by".
        const by = PASSIVE_AUX.has(s.tokens[verbIndex - 1]?.lower ?? '')
          ? s.tokens.findIndex((x, k) => k > verbIndex && k <= verbIndex + 2 && x.lower === 'by')
          : -1;
        const byStart = s.tokens[by + 1]?.start ?? -1;
        const subject =
          by >= 0
            ? entities.find((e) => e.start === byStart && e.end <= from && companyLike(e))
            : [...entities].reverse().find((e) => e.end <= Math.min(from, verbAt) && companyLike(e));
        // ... unless the sentence names another organisation after it: "the refusal of the Federal
        // Reserve to bail out Lehman Brothers, forcing the company to file" is Lehman Brothers.
        const nearer = entities.some(
          (e) =>
            subject !== undefined &&
            e.start >= subject.end &&
            e.end <= from &&
            e.source !== 'anaphor' &&
            e.kind === 'organisation' &&
            e.name !== subject.name,
        );
        const opensSentence = subject !== undefined && verbAt < from && !nearer;
        // The actor list holds states and bodies like the EU or the WHO, never a company. "the group"
        // may be one of those bodies ("OPEC+ ... the group agreed"), but never a country nor a body that
        // acts for one ("The White House said ... At its meeting, the group agreed"): it is what the
        // story called "the group" before, if nothing nearer.
        const groupOf = (e: Entity): boolean =>
          e.kind !== 'state' && (e.actorId === '' || (actorKinds.get(e.actorId) ?? 'state') !== 'state');
        const firm = (e: Entity | null | undefined): Entity | null =>
          e && business(e) && (e.actorId === '' || (t.lower === 'group' && groupOf(e))) ? e : null;
        target =
          (opensSentence ? subject : null) ??
          (t.lower === 'company' || t.lower === 'firm'
            ? ([...before]
                .reverse()
                .find((e) => e.kind === 'organisation' && e.actorId === '' && business(e)) ?? null)
            : null) ??
          (CLUB_NOUNS.has(t.lower)
            ? lastOrganisation
            : lastOrg?.kind === 'state'
              ? (firm(calledBefore.get(t.lower)) ?? firm(lastCompany))
              : (firm(lastOrg) ??
                firm(calledBefore.get(t.lower)) ??
                firm(lastCompany) ??
                (t.lower === 'group' ? firm(lastOrganisation) : null)));
        if (target) calledBefore.set(t.lower, target);
        restate(target);
        return;
      }
      if (target) entities.push({ ...target, start: t.start, end: t.end, text: t.text, source: 'anaphor' });
    });
    entities.forEach((e, k) => {
      entities[k] = personForNationality(s, e, personMentions) ?? e;
    });
    entities.sort((a, b) => a.start - b.start);
    // "The Texas-based company", "a London-listed firm": a place glued to a participle only describes.
    s.entities = entities.filter(
      (e) =>
        !/^-(?:based|listed|headquartered|born|made|owned|backed)\b/.test(s.text.slice(e.end, e.end + 16)),
    );
    const people = entities.filter((e) => e.kind === 'person' && e.source !== 'anaphor');
    for (const e of entities) {
      if (e.kind !== 'person') continue;
      const seen = personMentions.get(e.name);
      personMentions.set(e.name, {
        entity: seen?.entity ?? e,
        count: (seen?.count ?? 0) + 1,
        first: seen?.first ?? mentionOrder++,
      });
    }
    // Not "Atlanta" of "the Atlanta-based agency": a place that only describes is no antecedent.
    const orgs = s.entities.filter(
      (e) =>
        (e.kind === 'organisation' || e.kind === 'state' || e.kind === 'unknown') &&
        e.source !== 'anaphor' &&
        !isNewsSource(e),
    );
    lastPerson = people[0] ?? lastPerson;
    // "the primary UK index, the FTSE 100, was ...": a country that only modifies a noun is not what the
    // sentence is about, so the next sentence's "It" is the index.
    const modifier = (e: Entity): boolean => e.kind === 'state' && modifiesNoun(s, e);
    const topical = orgs.find((e) => !modifier(e)) ?? orgs[0];
    lastOrg = topical ?? lastOrg;
    previousSubject = topical ?? null;
    previousActors = new Set([...s.mentions.map((m) => m.actorId), ...entities.map((e) => e.actorId)]);
    for (const e of entities)
      if (modifier(e) && !entities.some((o) => o.actorId === e.actorId && !modifier(o)))
        previousActors.delete(e.actorId);
    // "the team", "the club": a club, not the competition it plays in ("the Premier League").
    lastOrganisation =
      orgs.find((e) => e.kind === 'organisation' && !COMPETITION_RE.test(e.name)) ?? lastOrganisation;
    lastCompany =
      orgs.find((e) => e.kind !== 'state' && e.actorId === '' && !isNonBusiness(e)) ?? lastCompany;
    lastBody = orgs.find(isPublicBody) ?? lastBody;
  }
}

function lastWordOf(e: Entity): string {
  return (/[\p{L}]+$/u.exec(e.name)?.[0] ?? '').toLowerCase();
}

/** "the Federal Aviation Administration": a body that regulates, which "the regulator" can be. */
function isPublicBody(e: Entity): boolean {
  return e.kind === 'organisation' && PUBLIC_BODY_WORDS.has(lastWordOf(e));
}

/** A court, a party, a university or a public body: what "the company" cannot be. */
function isNonBusiness(e: Entity): boolean {
  return NON_BUSINESS_WORDS.has(lastWordOf(e));
}

/** "Apple shares": a capitalised word before "shares" that names one company, not a group of them. */
function companyShares(head: Token, next: Token): boolean {
  return next.lower === 'shares' && !SHARE_GROUP_WORDS.has(head.lower) && !ORG_WORDS.has(head.lower);
}

/** Whether the entity stands before a common noun of its own phrase: "the UK index", "US stocks". */
function modifiesNoun(s: SentenceAnalysis, e: Entity): boolean {
  const next = s.tokens.find((t) => t.start >= e.end);
  return next !== undefined && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text);
}

/**
 * "European aircraft manufacturer Airbus", "French carmaker Renault": a listed name that only opens the
 * description of the name after it, through one to three lower-case words.
 */
export function describesName(tokens: readonly Token[], e: Entity): boolean {
  if (e.source !== 'listed') return false;
  const from = tokens.findIndex((x) => x.start >= e.end);
  let k = from;
  while (
    k >= 0 &&
    k - from < 3 &&
    (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'ADJ') &&
    /^\p{Ll}/u.test(tokens[k]?.text ?? '')
  )
    k++;
  return k > from && tokens[k]?.pos === 'PROPN';
}

/** Whether `offset` in `text` lies between an opening and a closing double quotation mark. */
function insideQuotation(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  const curly = (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
  return curly || (before.match(/"/g) ?? []).length % 2 === 1;
}
