/**
 * The pure half of `npm run build:actors`: merges the world-countries package (all 193 UN member states
 * with names, demonyms and capitals) with the hand-kept data/actors-hand.json into the actors that
 * data/actors.json lists. No file access here, so the tests call it with the real inputs.
 *
 * Rules, in order:
 * - Package names: the common and official English names, the altSpellings that are English (see
 *   isEnglishAltSpelling and data/actor-alt-spellings.json), `demonyms.eng` with their plurals, capitals;
 *   plus the same without accents ("Bogota") and with a typographic apostrophe ("N’Djamena").
 * - Names that data/actor-ambiguous-names.json drops are removed; a dropped common name ("Jordan") gives
 *   the lane the label that file names ("Kingdom of Jordan"), since the matcher always matches the label.
 * - A hand state belongs to the country whose common or official name it lists, or whose kebab-case
 *   common name is its id. It keeps its id, label, colour and lists; package names are appended.
 * - A name may belong to one actor only. A name the hand file gives an actor stays there and leaves the
 *   others; a name two package countries share ("Dominican") goes where the ambiguity file assigns it,
 *   and without a decision there the merge fails rather than guess.
 * Expected problems in the data come back as messages (Result); nothing here throws on bad data.
 */
import type { Country } from 'world-countries';
import type { Actor, ActorsFile } from '../src/model/actor';
import { err, ok, type Result } from '../src/extract/result';
import { paletteColor } from './actor-palette';
import { pluralOfDemonym } from './demonym-plurals';

/** UN member states since South Sudan joined in 2011. */
export const UN_MEMBER_COUNT = 193;

/**
 * world-countries 5.1.0 sets `unMember: true` on Vatican City (VAT), but the Holy See is a permanent
 * observer, like Palestine (https://www.un.org/en/about-us/non-member-states). It stays out of the member
 * list; data/actors-hand.json keeps it as an observer state.
 */
const NOT_UN_MEMBERS: ReadonlySet<string> = new Set(['VAT']);

export type AmbiguityDecision = 'drop' | 'keep' | 'assign';

/** One decision of data/actor-ambiguous-names.json. */
export interface AmbiguousName {
  /** The exact, case-sensitive name, as the matcher compares it. */
  name: string;
  /**
   * drop: never a name, demonym or capital of any actor (the merge fails if the hand file lists it);
   * keep: stays despite the risk, the reason says why; assign: shared by two actors, belongs to `actor`.
   */
  decision: AmbiguityDecision;
  /** Id of the actor the decision is about. */
  actor: string;
  /** For a dropped common name: the lane label to use instead. */
  label?: string;
  reason: string;
}

/** data/actor-alt-spellings.json: corrections to the automatic English/foreign test of altSpellings. */
export interface AltSpellingRules {
  /** English spellings that equal a name in another language ("Côte d'Ivoire", "Viet Nam"). */
  english: string[];
  /** Native or transliterated spellings the automatic test lets through ("Sakartvelo", "Nippon"). */
  foreign: string[];
}

export interface MergeInput {
  countries: readonly Country[];
  hand: readonly Actor[];
  ambiguous: readonly AmbiguousName[];
  altSpellings: AltSpellingRules;
}

const LIST_KEYS = ['aliases', 'demonyms', 'capitals', 'institutions', 'people'] as const;
type ListKey = (typeof LIST_KEYS)[number];

/**
 * Diacritics English news keeps (São Tomé, Côte, Türkiye, Curaçao). A name that holds anything else
 * besides ASCII (macrons, dots, ð, ı, ‘) is a transliteration or a native spelling: "Pākistān".
 */
const ENGLISH_MARKS_RE = /[\u0300\u0301\u0302\u0303\u0308\u0327]/gu;
const NON_ASCII_RE = /[^\x20-\x7e]/;

export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** "São Tomé and Príncipe" -> "sao-tome-and-principe". */
export function kebabId(name: string): string {
  return foldAccents(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function key(text: string): string {
  return foldAccents(text).toLowerCase();
}

/** The name as given, without accents, and with a typographic apostrophe, without repeats. */
function variants(name: string): string[] {
  const out = [name, foldAccents(name)];
  for (const n of [...out]) if (n.includes("'")) out.push(n.replaceAll("'", '\u2019'));
  return [...new Set(out)];
}

/**
 * True for an altSpelling English text would use: not an ISO code or other all-caps form (real acronyms
 * such as "UAE" are in the hand file), not an inverted index form ("Korea, Republic of"), not another
 * script or a transliteration with macrons or dots ("Pākistān"), and not a country's name in one of its
 * own or another language ("Hrvatska", "Belgique"), unless the rules file says English uses it too.
 */
export function isEnglishAltSpelling(alt: string, country: Country, rules: AltSpellingRules): boolean {
  if (rules.english.includes(alt)) return true;
  if (rules.foreign.includes(alt)) return false;
  if (alt === country.cca2 || /^[A-Z.\s-]+$/.test(alt)) return false;
  if (alt.includes(',') || /^\p{Ll}/u.test(alt)) return false;
  if (NON_ASCII_RE.test(alt.normalize('NFD').replace(ENGLISH_MARKS_RE, ''))) return false;
  const english = new Set([key(country.name.common), key(country.name.official)]);
  const other = new Set<string>();
  for (const [lang, n] of Object.entries(country.name.native ?? {})) {
    if (lang !== 'eng') other.add(key(n.common)).add(key(n.official));
  }
  for (const n of Object.values(country.translations ?? {})) other.add(key(n.common)).add(key(n.official));
  return english.has(key(alt)) || !other.has(key(alt));
}

/** `demonyms.eng` split into single words ("Antiguan, Barbudan", "Kittitian or Nevisian") plus plurals. */
function demonymsOf(country: Country): string[] {
  const eng = country.demonyms?.eng;
  if (!eng) return [];
  const singular = [eng.m, eng.f]
    .flatMap((d) => d.split(/,\s*|\s+or\s+/))
    .map((d) => d.trim())
    .filter((d) => d !== '' && d !== country.name.common);
  const out: string[] = [];
  for (const d of singular) out.push(d, pluralOfDemonym(d) ?? d);
  return out;
}

interface Draft {
  actor: Actor & Record<ListKey, string[]>;
  /** Names the hand file gave this actor (label included); they never move. */
  handNames: Set<string>;
  /** Set for UN member states. */
  cca3?: string;
}

function namesOf(actor: Actor): string[] {
  return [actor.label, ...LIST_KEYS.flatMap((k) => actor[k] ?? [])];
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list.filter((s) => s.trim() !== ''))];
}

/** Adds package names to a list unless the actor already has them anywhere. */
function append(draft: Draft, list: ListKey, names: readonly string[]): void {
  const present = new Set(namesOf(draft.actor));
  for (const name of names) {
    if (present.has(name)) continue;
    draft.actor[list].push(name);
    present.add(name);
  }
}

function removeName(draft: Draft, name: string): void {
  for (const k of LIST_KEYS) draft.actor[k] = draft.actor[k].filter((n) => n !== name);
}

/** UN member states in the package, without the ones it wrongly marks (see NOT_UN_MEMBERS). */
export function unMembers(countries: readonly Country[]): Country[] {
  return countries.filter((c) => c.unMember && !NOT_UN_MEMBERS.has(c.cca3));
}

export function mergeActors(input: MergeInput): Result<ActorsFile> {
  const members = unMembers(input.countries);
  if (members.length !== UN_MEMBER_COUNT) {
    return err(`world-countries lists ${members.length} UN member states, expected ${UN_MEMBER_COUNT}`);
  }
  const decisions = new Map<string, AmbiguousName>();
  for (const d of input.ambiguous) {
    if (decisions.has(d.name)) return err(`ambiguous names: "${d.name}" is decided twice`);
    decisions.set(d.name, d);
  }
  const dropped = (name: string): boolean => decisions.get(name)?.decision === 'drop';

  const drafts: Draft[] = input.hand.map((h) => ({
    actor: {
      id: h.id,
      label: h.label,
      color: h.color,
      kind: h.kind,
      ...Object.fromEntries(LIST_KEYS.map((k) => [k, [...(h[k] ?? [])]])),
    } as Draft['actor'],
    handNames: new Set(namesOf(h)),
  }));
  for (const d of drafts) {
    const bad = [...d.handNames].find(dropped);
    if (bad) return err(`hand file: actor "${d.actor.id}" lists "${bad}", which ambiguous names drop`);
  }

  // Hand states by id and by name, to find the one that already describes a country.
  const handByName = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    if ((d.actor.kind ?? 'state') !== 'state') return;
    for (const name of new Set([d.actor.id, d.actor.label, ...d.actor.aliases])) {
      handByName.set(name, [...(handByName.get(name) ?? []), i]);
    }
  });

  const packageOnly: Draft[] = [];
  for (const country of members) {
    const common = country.name.common;
    const official = country.name.official.includes(',') ? common : country.name.official;
    // A dropped name takes its variants with it ("Saint John’s"); a kept one loses only dropped variants
    // ("Malé" stays, its accent-free "Male" goes).
    const clean = (names: readonly string[]): string[] =>
      unique(names.filter((n) => !dropped(n)).flatMap(variants)).filter((n) => !dropped(n));
    const demonyms = clean(demonymsOf(country));
    // Some altSpellings are demonyms ("Thai", "Togolese"): they stay in that list.
    const alts = country.altSpellings.filter(
      (a) => isEnglishAltSpelling(a, country, input.altSpellings) && !demonyms.includes(a),
    );
    const aliases = clean([common, official, ...alts]);
    const capitals = clean(country.capital ?? []);

    const linked = new Set([
      ...(handByName.get(kebabId(common)) ?? []),
      ...(handByName.get(common) ?? []),
      ...(handByName.get(official) ?? []),
    ]);
    if (linked.size > 1) {
      const ids = [...linked].map((i) => drafts[i]?.actor.id).join('", "');
      return err(`${country.cca3} ${common}: hand entries "${ids}" all describe it; keep one`);
    }
    const [index] = [...linked];
    let draft = index === undefined ? undefined : drafts[index];
    if (draft?.cca3)
      return err(`hand entry "${draft.actor.id}" matches both ${draft.cca3} and ${country.cca3}`);
    if (!draft) {
      let label = common;
      if (dropped(common)) {
        label = decisions.get(common)?.label ?? '';
        if (!label) return err(`ambiguous names: dropping "${common}" needs a "label" for the lane`);
      }
      draft = {
        actor: {
          id: kebabId(common),
          label,
          color: paletteColor(kebabId(common)),
          kind: 'state',
          aliases: [label],
          demonyms: [],
          capitals: [],
          institutions: [],
          people: [],
        },
        handNames: new Set(),
      };
      packageOnly.push(draft);
    }
    draft.cca3 = country.cca3;
    draft.actor.kind ??= 'state';
    append(draft, 'aliases', aliases);
    append(draft, 'demonyms', demonyms);
    append(draft, 'capitals', capitals);
  }

  packageOnly.sort((a, b) => (a.actor.id < b.actor.id ? -1 : a.actor.id > b.actor.id ? 1 : 0));
  const all = [...drafts, ...packageOnly];
  const byId = new Map<string, Draft>();
  for (const d of all) {
    if (byId.has(d.actor.id)) return err(`two actors have the id "${d.actor.id}"`);
    byId.set(d.actor.id, d);
  }

  const resolved = resolveSharedNames(all, decisions, byId);
  if (!resolved.ok) return resolved;

  for (const d of decisions.values()) {
    const target = byId.get(d.actor);
    if (!target) return err(`ambiguous names: "${d.name}" names actor "${d.actor}", which does not exist`);
    const has = namesOf(target.actor).includes(d.name);
    if (d.decision !== 'drop' && !has) {
      return err(`ambiguous names: "${d.name}" should be a name of "${d.actor}" but is not`);
    }
  }

  return ok({ version: 1, actors: all.map((d) => d.actor) });
}

/** Leaves every name with one actor: the hand file's choice, else the ambiguity file's, else an error. */
function resolveSharedNames(
  all: readonly Draft[],
  decisions: ReadonlyMap<string, AmbiguousName>,
  byId: ReadonlyMap<string, Draft>,
): Result<null> {
  const owners = new Map<string, Set<Draft>>();
  for (const d of all) {
    for (const name of namesOf(d.actor)) owners.set(name, (owners.get(name) ?? new Set()).add(d));
  }
  for (const [name, set] of owners) {
    if (set.size < 2) continue;
    const claimants = [...set];
    const ids = claimants.map((d) => d.actor.id).join('", "');
    const hand = claimants.filter((d) => d.handNames.has(name));
    if (hand.length > 1) return err(`hand file gives "${name}" to several actors ("${ids}"); keep one`);
    const decision = decisions.get(name);
    const assigned = decision?.decision === 'assign' ? byId.get(decision.actor) : undefined;
    if (hand[0] && assigned && assigned !== hand[0]) {
      return err(
        `"${name}": the hand file gives it to "${hand[0].actor.id}", ambiguous names to "${decision?.actor}"`,
      );
    }
    const keeper = hand[0] ?? assigned;
    if (!keeper || !set.has(keeper)) {
      return err(`"${name}" is a name of "${ids}": assign it in data/actor-ambiguous-names.json`);
    }
    for (const d of claimants) {
      if (d === keeper) continue;
      if (d.actor.label === name)
        return err(`"${name}" is the label of "${d.actor.id}" and a name of another actor`);
      removeName(d, name);
    }
  }
  return ok(null);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Reads data/actor-ambiguous-names.json. */
export function parseAmbiguousNames(text: string, fileName: string): Result<AmbiguousName[]> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return err(`${fileName}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const names = (data as { names?: unknown } | null)?.names;
  if (!Array.isArray(names)) return err(`${fileName}: expected an object with a "names" list`);
  const out: AmbiguousName[] = [];
  for (const [i, raw] of (names as unknown[]).entries()) {
    const n = (raw ?? {}) as Record<string, unknown>;
    const where = `${fileName}: entry ${i + 1}`;
    if (typeof n.name !== 'string' || n.name === '') return err(`${where}: name must be text`);
    if (n.decision !== 'drop' && n.decision !== 'keep' && n.decision !== 'assign') {
      return err(`${where} ("${n.name}"): decision must be drop, keep or assign`);
    }
    if (typeof n.actor !== 'string' || n.actor === '')
      return err(`${where} ("${n.name}"): actor must be an id`);
    if (typeof n.reason !== 'string' || n.reason.trim() === '') {
      return err(`${where} ("${n.name}"): every decision needs a reason`);
    }
    if (n.label !== undefined && typeof n.label !== 'string') return err(`${where}: label must be text`);
    out.push({ name: n.name, decision: n.decision, actor: n.actor, reason: n.reason, label: n.label });
  }
  return ok(out);
}

/** Reads data/actor-alt-spellings.json. */
export function parseAltSpellingRules(text: string, fileName: string): Result<AltSpellingRules> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return err(`${fileName}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const d = (data ?? {}) as Record<string, unknown>;
  if (!isStringList(d.english) || !isStringList(d.foreign)) {
    return err(`${fileName}: expected "english" and "foreign" lists of text`);
  }
  return ok({ english: d.english, foreign: d.foreign });
}
