import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Country } from 'world-countries';
import type { Actor } from '../src/model/actor';
import { contrastRatio } from '../src/model/color-vision';
import { DARK_THEME, LIGHT_THEME } from '../src/model/palette';
import { createActorMatcher, parseActorsFile } from '../src/extract/actors';
import { ACTOR_PALETTE } from './actor-palette';
import { pluralOfDemonym } from './demonym-plurals';
import {
  isEnglishAltSpelling,
  kebabId,
  mergeActors,
  parseAltSpellingRules,
  parseAmbiguousNames,
  UN_MEMBER_COUNT,
  unMembers,
  type AmbiguousName,
  type MergeInput,
} from './merge-actors';

function readActors(path: string): Actor[] {
  const parsed = parseActorsFile(readFileSync(path, 'utf8'), path);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value.actors;
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** The 44 actors data/actors.json held before it was built from world-countries. */
const BEFORE_GAZETTEER_IDS = [
  'north-korea',
  'south-korea',
  'united-states',
  'russia',
  'ukraine',
  'china',
  'japan',
  'serbia',
  'malaysia',
  'germany',
  'united-kingdom',
  'france',
  'india',
  'pakistan',
  'iran',
  'israel',
  'palestine',
  'hamas',
  'hezbollah',
  'turkey',
  'saudi-arabia',
  'belarus',
  'taiwan',
  'poland',
  'syria',
  'united-nations',
  'nato',
  'european-union',
  'iaea',
  'g7',
  'g20',
  'asean',
  'sco',
  'african-union',
  'icc',
  'opec',
  'egypt',
  'qatar',
  'dr-congo',
  'rwanda',
  'm23',
  'ethiopia',
  'sudan',
  'rsf',
];

const countries = createRequire(import.meta.url)('world-countries') as Country[];
const input: MergeInput = {
  countries,
  hand: readActors('data/actors-hand.json'),
  ambiguous: value(
    parseAmbiguousNames(readFileSync('data/actor-ambiguous-names.json', 'utf8'), 'ambiguous names'),
  ),
  altSpellings: value(
    parseAltSpellingRules(readFileSync('data/actor-alt-spellings.json', 'utf8'), 'alt spellings'),
  ),
};
const merged = value(mergeActors(input)).actors;
const byId = new Map(merged.map((a) => [a.id, a]));
const matcher = createActorMatcher(merged);
const found = (text: string): string[] => matcher.find(text).map((m) => `${m.text}=${m.actorId}`);

/** Every string the matcher looks for, as createActorMatcher builds them (upper case over five letters). */
function matcherNames(actor: Actor): string[] {
  const names = [
    actor.label,
    ...(['aliases', 'demonyms', 'capitals', 'institutions', 'people'] as const).flatMap(
      (k) => actor[k] ?? [],
    ),
  ];
  return [...new Set(names.flatMap((n) => (n.length > 5 ? [n, n.toUpperCase()] : [n])))];
}

describe('mergeActors over world-countries and actors-hand.json', () => {
  it('is what data/actors.json holds, so the checked-in file is never edited by hand', () => {
    const file = readFileSync('data/actors.json', 'utf8');
    expect(file, 'data/actors.json is built: edit data/actors-hand.json, then npm run build:actors').toBe(
      `${JSON.stringify({ version: 1, actors: merged }, null, 2)}\n`,
    );
  });

  it('has an actor for each of the 193 UN member states, found by its common name or label', () => {
    const members = unMembers(countries);
    expect(members).toHaveLength(UN_MEMBER_COUNT);
    expect(members.map((c) => c.cca3)).not.toContain('VAT');
    const states = merged.filter((a) => a.kind === 'state');
    for (const c of members) {
      const actor = states.find(
        (a) => a.id === kebabId(c.name.common) || matcherNames(a).includes(c.name.common),
      );
      expect(actor, c.name.common).toBeDefined();
    }
    // The members plus the observer states the hand file keeps: Palestine, Taiwan, the Vatican.
    expect(states).toHaveLength(UN_MEMBER_COUNT + 3);
  });

  it('gives every actor its own id and every name to one actor only', () => {
    expect(new Set(merged.map((a) => a.id)).size).toBe(merged.length);
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const a of merged) {
      for (const name of matcherNames(a)) {
        const other = owner.get(name);
        if (other !== undefined && other !== a.id) shared.push(`${name}: ${other}, ${a.id}`);
        owner.set(name, a.id);
      }
    }
    expect(shared).toEqual([]);
  });

  it('keeps the hand entries first, with their id, label, colour and lists unchanged at the front', () => {
    const hand = input.hand;
    expect(merged.slice(0, hand.length).map((a) => a.id)).toEqual(hand.map((a) => a.id));
    for (const h of hand) {
      const a = byId.get(h.id);
      expect(a?.label).toBe(h.label);
      expect(a?.color).toBe(h.color);
      expect(a?.people).toEqual(h.people ?? []);
      for (const k of ['aliases', 'demonyms', 'capitals', 'institutions'] as const) {
        expect(a?.[k]?.slice(0, h[k]?.length ?? 0), `${h.id} ${k}`).toEqual(h[k] ?? []);
      }
    }
  });

  it('keeps the ids, labels and people of the actors that events.csv and the tests already use', () => {
    const kept = Object.fromEntries(
      BEFORE_GAZETTEER_IDS.map((id) => [id, { label: byId.get(id)?.label, people: byId.get(id)?.people }]),
    );
    expect(kept).toMatchSnapshot();
  });

  it('loads through parseActorsFile, as the extractor reads it', () => {
    const text = `${JSON.stringify({ version: 1, actors: merged }, null, 2)}\n`;
    expect(value(parseActorsFile(text, 'actors.json')).actors).toHaveLength(merged.length);
  });

  it('gives new actors palette colours readable on the light and the dark page', () => {
    for (const color of ACTOR_PALETTE) {
      for (const bg of [
        LIGHT_THEME.background,
        LIGHT_THEME.laneStripe,
        DARK_THEME.background,
        DARK_THEME.laneStripe,
      ]) {
        expect(contrastRatio(color, bg), `${color} on ${bg}`).toBeGreaterThanOrEqual(3);
      }
    }
    const handIds = new Set(input.hand.map((a) => a.id));
    for (const a of merged) if (!handIds.has(a.id)) expect(ACTOR_PALETTE).toContain(a.color);
  });

  it('adds no name that starts in lower case, which would cost the matcher a scan stop', () => {
    const handNames = new Set(input.hand.flatMap(matcherNames));
    const lower = merged.flatMap(matcherNames).filter((n) => /^\p{Ll}/u.test(n) && !handNames.has(n));
    expect(lower).toEqual([]);
  });
});

describe('matching with the merged actors', () => {
  it('finds countries by name, demonym and capital', () => {
    expect(found('Kenya said Kenyan police in Nairobi')).toEqual([
      'Kenya=kenya',
      'Kenyan=kenya',
      'Nairobi=kenya',
    ]);
    expect(found('Iraqi forces entered Baghdad')).toEqual(['Iraqi=iraq', 'Baghdad=iraq']);
    expect(found('Cuban officials in Havana')).toEqual(['Cuban=cuba', 'Havana=cuba']);
    expect(found('Irish ministers met in Dublin')).toEqual(['Irish=ireland', 'Dublin=ireland']);
    expect(found('Jordanian troops left Amman')).toEqual(['Jordanian=jordan', 'Amman=jordan']);
    expect(found('Kenyans and Filipinos, but the French')).toEqual([
      'Kenyans=kenya',
      'Filipinos=philippines',
      'French=france',
    ]);
  });

  it('reads first names, surnames and a US state as nobody', () => {
    expect(found('Michael Jordan said he would not return')).toEqual([]);
    expect(found('Jordan Bardella and Chad Smith')).toEqual([]);
    expect(found('the state of Georgia certified the vote')).toEqual([]);
    expect(found('Victoria Beckham flew to Kingston')).toEqual([]);
    expect(found('Santiago Peña met the Lima family')).toEqual([]);
  });

  it('lets a longer name hide a country name inside it', () => {
    expect(found('militants in the Niger Delta')).toEqual(['Niger Delta=nigeria']);
    expect(found('New Mexico and Mexico City')).toEqual(['New Mexico=united-states', 'Mexico City=mexico']);
    expect(found('Northern Ireland and Ireland')).toEqual([
      'Northern Ireland=united-kingdom',
      'Ireland=ireland',
    ]);
    expect(found('Guinea-Bissau, Equatorial Guinea and Guinea')).toEqual([
      'Guinea-Bissau=guinea-bissau',
      'Equatorial Guinea=equatorial-guinea',
      'Guinea=guinea',
    ]);
    expect(found('the U.N. nuclear watchdog and the UN refugee agency')).toEqual([
      'U.N. nuclear watchdog=iaea',
      'UN refugee agency=unhcr',
    ]);
  });

  it('gives a shared demonym to the actor the ambiguity file names', () => {
    expect(found('Dominican officials, Dominica and Congolese troops')).toEqual([
      'Dominican=dominican-republic',
      'Dominica=dominica',
      'Congolese=dr-congo',
    ]);
  });

  it('keeps an accented capital but not its accent-free form when that is a word or another city', () => {
    expect(found('Male voters in Malé; San Jose and San José; Bogota')).toEqual([
      'Malé=maldives',
      'San José=costa-rica',
      'Bogota=colombia',
    ]);
  });
});

describe('merge rules', () => {
  const kenya = countries.find((c) => c.cca3 === 'KEN');
  const rules = { english: [], foreign: [] };

  it('keeps English altSpellings and drops codes, inverted forms, native names and transliterations', () => {
    const alt = (a: string, cca3: string): boolean => {
      const c = countries.find((x) => x.cca3 === cca3);
      if (!c) throw new Error(cca3);
      return isEnglishAltSpelling(a, c, rules);
    };
    expect(alt('Burma', 'MMR')).toBe(true);
    expect(alt('Republic of Kenya', 'KEN')).toBe(true);
    expect(alt('KE', 'KEN')).toBe(false);
    expect(alt('UAE', 'ARE')).toBe(false);
    expect(alt('Korea, Republic of', 'KOR')).toBe(false);
    expect(alt('Hrvatska', 'HRV')).toBe(false);
    expect(alt('Pākistān', 'PAK')).toBe(false);
    expect(alt('Lýðveldið Ísland', 'ISL')).toBe(false);
  });

  it('forms demonym plurals the English way', () => {
    expect(
      ['Kenyan', 'Iraqi', 'Czech', 'Chinese', 'Irish', 'Swiss', 'French', 'Motswana'].map(pluralOfDemonym),
    ).toEqual(['Kenyans', 'Iraqis', 'Czechs', null, null, null, null, 'Batswana']);
  });

  it('fails on a name two package countries share unless the ambiguity file assigns it', () => {
    const ambiguous = input.ambiguous.filter((d) => d.name !== 'Dominican');
    const result = mergeActors({ ...input, ambiguous });
    expect(result).toEqual({
      ok: false,
      error:
        '"Dominican" is a name of "dominica", "dominican-republic": assign it in data/actor-ambiguous-names.json',
    });
  });

  it('refuses a hand entry that lists a dropped name', () => {
    const hand = [
      ...input.hand,
      { id: 'chad-fans', label: 'Chad fans', color: '#000000', aliases: ['Chad'] },
    ];
    const result = mergeActors({ ...input, hand });
    expect(result.ok).toBe(false);
  });

  it('needs a label when it drops a common name, since the matcher always matches labels', () => {
    const ambiguous: AmbiguousName[] = [{ name: 'Kenya', decision: 'drop', actor: 'kenya', reason: 'test' }];
    expect(kenya).toBeDefined();
    expect(mergeActors({ ...input, ambiguous })).toEqual({
      ok: false,
      error: 'ambiguous names: dropping "Kenya" needs a "label" for the lane',
    });
  });

  it('gives a decision a reason', () => {
    const text = JSON.stringify({ names: [{ name: 'Chad', decision: 'drop', actor: 'chad' }] });
    expect(parseAmbiguousNames(text, 'f.json')).toEqual({
      ok: false,
      error: 'f.json: entry 1 ("Chad"): every decision needs a reason',
    });
  });
});
