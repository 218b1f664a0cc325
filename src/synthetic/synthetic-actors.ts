/**
 * Actors for synthetic data sets: real-world states and organisations that news about security and
 * diplomacy keeps returning to, so generated lanes read like real ones. Beyond the list, numbered
 * armed groups fill in. Only for benchmarks, tests and demos; data/actors.json is the real list.
 */
import type { Actor } from '../model/actor';
import type { EventType } from '../model/event-record';

/** A synthetic actor plus what the generator needs to write plausible rows about it. */
export interface SyntheticActor extends Actor {
  /** Place names used for locations and meeting venues. */
  places: readonly string[];
  /** A head of state or spokesperson, '' when the actor speaks through institutions only. */
  person: string;
  /** Event types this actor is plausibly the subject of, beyond statements, meetings and travel. */
  capabilities: readonly EventType[];
}

// Twenty colours in the order lanes are coloured: distinct neighbours, readable on light and dark.
const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#7f7f7f',
  '#aec7e8',
] as const;

type Row = [id: string, label: string, kind: string, person: string, places: string, capabilities: string];

const MILITARY = 'military-exercise,deployment,military-operation,attack,ceasefire,sanctions,agreement';

// Roughly in order of how much a conflict and diplomacy desk writes about each.
const POOL: readonly Row[] = [
  [
    'north-korea',
    'North Korea',
    'state',
    'Kim Jong Un',
    'Pyongyang,Wonsan,Sinpo',
    'missile-test,nuclear-test,military-exercise,deployment',
  ],
  ['united-states', 'United States', 'state', '', 'Washington,Guam,Hawaii', `missile-test,${MILITARY}`],
  [
    'south-korea',
    'South Korea',
    'state',
    '',
    'Seoul,Busan,Pyeongtaek',
    'missile-test,military-exercise,deployment,sanctions,agreement',
  ],
  ['russia', 'Russia', 'state', 'Vladimir Putin', 'Moscow,Kursk,Belgorod', `missile-test,${MILITARY}`],
  ['ukraine', 'Ukraine', 'state', 'Volodymyr Zelensky', 'Kyiv,Kharkiv,Odesa', MILITARY],
  ['china', 'China', 'state', 'Xi Jinping', 'Beijing,Shanghai,Xiamen', `missile-test,${MILITARY}`],
  [
    'japan',
    'Japan',
    'state',
    '',
    'Tokyo,Okinawa,Hokkaido',
    'military-exercise,deployment,sanctions,agreement',
  ],
  ['iran', 'Iran', 'state', '', 'Tehran,Isfahan,Natanz', `missile-test,${MILITARY}`],
  ['israel', 'Israel', 'state', '', 'Jerusalem,Tel Aviv,Haifa', MILITARY],
  [
    'united-nations',
    'United Nations',
    'organisation',
    'Antonio Guterres',
    'New York,Geneva,Vienna',
    'sanctions,agreement,ceasefire',
  ],
  ['nato', 'NATO', 'organisation', '', 'Brussels,Vilnius,Madrid', 'military-exercise,deployment,agreement'],
  [
    'european-union',
    'European Union',
    'organisation',
    '',
    'Brussels,Strasbourg,Luxembourg',
    'sanctions,agreement',
  ],
  ['united-kingdom', 'United Kingdom', 'state', '', 'London,Portsmouth,Edinburgh', MILITARY],
  ['france', 'France', 'state', '', 'Paris,Toulon,Brest', MILITARY],
  ['germany', 'Germany', 'state', '', 'Berlin,Munich,Ramstein', 'deployment,sanctions,agreement'],
  ['taiwan', 'Taiwan', 'state', '', 'Taipei,Kaohsiung,Kinmen', 'military-exercise,deployment,missile-test'],
  ['iaea', 'IAEA', 'organisation', '', 'Vienna,Zaporizhzhia,Natanz', 'agreement'],
  ['india', 'India', 'state', '', 'New Delhi,Mumbai,Ladakh', `missile-test,${MILITARY}`],
  ['pakistan', 'Pakistan', 'state', '', 'Islamabad,Karachi,Lahore', `missile-test,${MILITARY}`],
  ['turkey', 'Turkey', 'state', '', 'Ankara,Istanbul,Incirlik', MILITARY],
  ['saudi-arabia', 'Saudi Arabia', 'state', '', 'Riyadh,Jeddah,Abha', MILITARY],
  ['syria', 'Syria', 'state', '', 'Damascus,Aleppo,Idlib', MILITARY],
  ['hamas', 'Hamas', 'group', '', 'Gaza,Rafah,Khan Younis', 'attack,ceasefire,military-operation'],
  ['hezbollah', 'Hezbollah', 'group', '', 'Beirut,Tyre,Nabatieh', 'attack,ceasefire,military-operation'],
  [
    'houthis',
    'Houthis',
    'group',
    '',
    "Sanaa,Hodeidah,Sa'dah",
    'missile-test,attack,ceasefire,military-operation',
  ],
  ['egypt', 'Egypt', 'state', '', 'Cairo,Rafah,Alexandria', 'agreement,ceasefire,deployment'],
  ['qatar', 'Qatar', 'state', '', 'Doha,Al Udeid,Lusail', 'agreement,ceasefire'],
  ['poland', 'Poland', 'state', '', 'Warsaw,Rzeszow,Gdansk', 'military-exercise,deployment,agreement'],
  ['belarus', 'Belarus', 'state', '', 'Minsk,Brest,Grodno', 'military-exercise,deployment'],
  ['australia', 'Australia', 'state', '', 'Canberra,Darwin,Sydney', 'military-exercise,deployment,agreement'],
  [
    'philippines',
    'Philippines',
    'state',
    '',
    'Manila,Subic Bay,Palawan',
    'military-exercise,deployment,agreement',
  ],
  ['vietnam', 'Vietnam', 'state', '', 'Hanoi,Da Nang,Cam Ranh', 'agreement'],
  [
    'african-union',
    'African Union',
    'organisation',
    '',
    'Addis Ababa,Mogadishu,Khartoum',
    'deployment,agreement,ceasefire',
  ],
  ['venezuela', 'Venezuela', 'state', '', 'Caracas,Maracaibo,Valencia', 'military-exercise,sanctions'],
  ['iraq', 'Iraq', 'state', '', 'Baghdad,Erbil,Basra', MILITARY],
  ['lebanon', 'Lebanon', 'state', '', 'Beirut,Tripoli,Sidon', 'ceasefire,agreement'],
  ['jordan', 'Jordan', 'state', '', 'Amman,Aqaba,Zarqa', 'agreement,deployment'],
  ['yemen', 'Yemen', 'state', '', 'Aden,Marib,Taiz', MILITARY],
  ['libya', 'Libya', 'state', '', 'Tripoli,Benghazi,Sirte', MILITARY],
  ['sudan', 'Sudan', 'state', '', 'Khartoum,Omdurman,El Fasher', MILITARY],
  ['ethiopia', 'Ethiopia', 'state', '', 'Addis Ababa,Mekelle,Gondar', MILITARY],
  ['afghanistan', 'Afghanistan', 'state', '', 'Kabul,Kandahar,Herat', MILITARY],
  ['finland', 'Finland', 'state', '', 'Helsinki,Rovaniemi,Turku', 'military-exercise,deployment,agreement'],
  ['sweden', 'Sweden', 'state', '', 'Stockholm,Gotland,Gothenburg', 'military-exercise,deployment,agreement'],
  ['canada', 'Canada', 'state', '', 'Ottawa,Halifax,Toronto', 'deployment,sanctions,agreement'],
  ['italy', 'Italy', 'state', '', 'Rome,Naples,Sigonella', 'deployment,agreement'],
  ['brazil', 'Brazil', 'state', '', 'Brasilia,Rio de Janeiro,Sao Paulo', 'agreement'],
  ['mexico', 'Mexico', 'state', '', 'Mexico City,Tijuana,Monterrey', 'agreement,deployment'],
  ['netherlands', 'Netherlands', 'state', '', 'The Hague,Amsterdam,Rotterdam', 'deployment,agreement'],
  ['spain', 'Spain', 'state', '', 'Madrid,Rota,Barcelona', 'deployment,agreement'],
];

/**
 * The first `count` synthetic actors, most newsworthy first. Beyond the built-in list the rest are
 * "Armed group N" lanes so any lane count works.
 */
export function syntheticActors(count: number): SyntheticActor[] {
  const actors: SyntheticActor[] = [];
  for (let i = 0; i < count; i++) {
    const row = POOL[i];
    const color = PALETTE[i % PALETTE.length] ?? '#888888';
    if (row) {
      const [id, label, kind, person, places, capabilities] = row;
      actors.push({
        id,
        label,
        kind,
        color,
        person,
        places: places.split(','),
        capabilities: capabilities.split(',') as EventType[],
      });
    } else {
      actors.push({
        id: `armed-group-${i + 1}`,
        label: `Armed group ${i + 1}`,
        kind: 'group',
        color,
        person: '',
        places: ['the border region', 'the northern province', 'the capital'],
        capabilities: ['attack', 'military-operation', 'ceasefire'],
      });
    }
  }
  return actors;
}
