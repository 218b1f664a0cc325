/**
 * One definition per event type: the label people read, the family the filters and legends group it under,
 * the glyph its marks are drawn with, its ACE 2005 counterpart and the verb phrases a title can use. Every
 * place that shows or lists types reads this table instead of keeping its own list, so a new type is one
 * entry here (plus its name in event-record.ts). Plain data: drawing a glyph is render/shapes.ts's job.
 */
import type { EventType } from './event-record';
import { EVENT_TYPES } from './event-record';

/**
 * Names of the mark shapes (render/shapes.ts traces them). The first thirteen are the original types'
 * glyphs and never change; the rest were added with the general-news types, one simple outline each, so
 * that all 37 types stay apart at a 10 px mark and still read when drawn hollow (planned events).
 */
export type GlyphName =
  | 'circle'
  | 'square'
  | 'triangle-right'
  | 'diamond'
  | 'x'
  | 'triangle-up'
  | 'star'
  | 'hexagon'
  | 'triangle-down'
  | 'burst'
  | 'pentagon'
  | 'plus'
  | 'dot'
  | 'check'
  | 'document'
  | 'flag'
  | 'arrow-up'
  | 'arrow-down'
  | 'pie'
  | 'lock'
  | 'triangle-left'
  | 'bowtie'
  | 'hourglass'
  | 'gavel'
  | 'magnifier'
  | 'two-circles'
  | 'parallelogram'
  | 'chevron-up'
  | 'staircase'
  | 'arrow-updown'
  | 'chevron-down'
  | 'house'
  | 'dome'
  | 'dagger'
  | 'drop'
  | 'bolt'
  | 'trophy';

export const GLYPH_NAMES: readonly GlyphName[] = [
  'circle',
  'square',
  'triangle-right',
  'diamond',
  'x',
  'triangle-up',
  'star',
  'hexagon',
  'triangle-down',
  'burst',
  'pentagon',
  'plus',
  'dot',
  'check',
  'document',
  'flag',
  'arrow-up',
  'arrow-down',
  'pie',
  'lock',
  'triangle-left',
  'bowtie',
  'hourglass',
  'gavel',
  'magnifier',
  'two-circles',
  'parallelogram',
  'chevron-up',
  'staircase',
  'arrow-updown',
  'chevron-down',
  'house',
  'dome',
  'dagger',
  'drop',
  'bolt',
  'trophy',
];

/** What a type is about, for grouping the type filter and the legends; listed in display order. */
export type EventFamily =
  | 'diplomacy'
  | 'conflict'
  | 'politics'
  | 'justice'
  | 'business'
  | 'personnel'
  | 'life'
  | 'disaster'
  | 'other';

export const EVENT_FAMILIES: readonly EventFamily[] = [
  'diplomacy',
  'conflict',
  'politics',
  'justice',
  'business',
  'personnel',
  'life',
  'disaster',
  'other',
];

/** Group headings in the filter checklist and the legends. */
export const FAMILY_LABELS: Readonly<Record<EventFamily, string>> = {
  diplomacy: 'Diplomacy and statements',
  conflict: 'Conflict and military',
  politics: 'Politics',
  justice: 'Justice',
  business: 'Business',
  personnel: 'Personnel',
  life: 'Life',
  disaster: 'Disasters',
  other: 'Other',
};

/**
 * The ACE 2005 event subtypes (LDC2006T06 annotation guidelines, "Type:Subtype"), so extracted rows can be
 * compared with ACE-annotated corpora. '' means the type has no ACE counterpart.
 */
export type AceSubtype =
  | ''
  | 'Life:Be-Born'
  | 'Life:Marry'
  | 'Life:Divorce'
  | 'Life:Injure'
  | 'Life:Die'
  | 'Movement:Transport'
  | 'Transaction:Transfer-Ownership'
  | 'Transaction:Transfer-Money'
  | 'Business:Start-Org'
  | 'Business:Merge-Org'
  | 'Business:Declare-Bankruptcy'
  | 'Business:End-Org'
  | 'Conflict:Attack'
  | 'Conflict:Demonstrate'
  | 'Contact:Meet'
  | 'Contact:Phone-Write'
  | 'Personnel:Start-Position'
  | 'Personnel:End-Position'
  | 'Personnel:Nominate'
  | 'Personnel:Elect'
  | 'Justice:Arrest-Jail'
  | 'Justice:Release-Parole'
  | 'Justice:Trial-Hearing'
  | 'Justice:Charge-Indict'
  | 'Justice:Sue'
  | 'Justice:Convict'
  | 'Justice:Sentence'
  | 'Justice:Fine'
  | 'Justice:Execute'
  | 'Justice:Extradite'
  | 'Justice:Acquit'
  | 'Justice:Appeal'
  | 'Justice:Pardon';

/**
 * Verb phrases for titles of the form "<Actor> <verb phrase>", used when the sentence gives no better verb
 * (the extractor prefers the sentence's own words). Each form is the same phrase.
 */
export interface TitleVerb {
  /** Third person singular present, the headline tense: "files for bankruptcy". */
  present: string;
  /** Simple past, for a sentence reporting it: "filed for bankruptcy". */
  past: string;
  /** Base form after "will", "could", "did not": "file for bankruptcy". */
  base: string;
  /** The event as a noun phrase, for a title without a verb: "bankruptcy filing". */
  noun: string;
}

export interface EventTypeInfo {
  /** Text in the filter checklist, legends, tooltips and the detail panel, e.g. "Product launch". */
  label: string;
  family: EventFamily;
  glyph: GlyphName;
  ace: AceSubtype;
  titleVerb: TitleVerb;
}

const verb = (present: string, past: string, base: string, noun: string): TitleVerb => ({
  present,
  past,
  base,
  noun,
});

/**
 * The registry. Glyphs are chosen per family where a shape can hint at the meaning (arrows for personnel,
 * a padlock for an arrest, a bar chart for results, a lightning bolt for a disaster) and every type has
 * its own shape: the lane colour is the actor, so the outline alone must tell the type.
 */
export const EVENT_TYPE_INFO: Readonly<Record<EventType, EventTypeInfo>> = {
  // ACE has no event for saying something: Contact:Phone-Write is a private exchange by phone or letter,
  // and ACE leaves public statements ("X said") unannotated.
  statement: {
    label: 'Statement',
    family: 'diplomacy',
    glyph: 'circle',
    ace: '',
    titleVerb: verb('says', 'said', 'say', 'statement'),
  },
  meeting: {
    label: 'Meeting',
    family: 'diplomacy',
    glyph: 'square',
    ace: 'Contact:Meet',
    titleVerb: verb('holds talks', 'held talks', 'hold talks', 'meeting'),
  },
  travel: {
    label: 'Travel',
    family: 'diplomacy',
    glyph: 'triangle-right',
    ace: 'Movement:Transport',
    titleVerb: verb('pays a visit', 'paid a visit', 'pay a visit', 'visit'),
  },
  agreement: {
    label: 'Agreement',
    family: 'diplomacy',
    glyph: 'diamond',
    ace: '',
    titleVerb: verb('signs an agreement', 'signed an agreement', 'sign an agreement', 'agreement'),
  },
  sanctions: {
    label: 'Sanctions',
    family: 'diplomacy',
    glyph: 'x',
    ace: '',
    titleVerb: verb('imposes sanctions', 'imposed sanctions', 'impose sanctions', 'sanctions'),
  },
  // A test launch harms no one: not a Conflict:Attack.
  'missile-test': {
    label: 'Missile test',
    family: 'conflict',
    glyph: 'triangle-up',
    ace: '',
    titleVerb: verb('fires a missile', 'fired a missile', 'fire a missile', 'missile test'),
  },
  'nuclear-test': {
    label: 'Nuclear test',
    family: 'conflict',
    glyph: 'star',
    ace: '',
    titleVerb: verb(
      'conducts a nuclear test',
      'conducted a nuclear test',
      'conduct a nuclear test',
      'nuclear test',
    ),
  },
  'military-exercise': {
    label: 'Military exercise',
    family: 'conflict',
    glyph: 'hexagon',
    ace: '',
    titleVerb: verb(
      'holds military drills',
      'held military drills',
      'hold military drills',
      'military exercise',
    ),
  },
  // ACE annotates moving troops or weapons as Movement:Transport (the artifact is the soldiers).
  deployment: {
    label: 'Deployment',
    family: 'conflict',
    glyph: 'triangle-down',
    ace: 'Movement:Transport',
    titleVerb: verb('deploys troops', 'deployed troops', 'deploy troops', 'deployment'),
  },
  attack: {
    label: 'Attack',
    family: 'conflict',
    glyph: 'burst',
    ace: 'Conflict:Attack',
    titleVerb: verb('carries out an attack', 'carried out an attack', 'carry out an attack', 'attack'),
  },
  'military-operation': {
    label: 'Military operation',
    family: 'conflict',
    glyph: 'pentagon',
    ace: 'Conflict:Attack',
    titleVerb: verb(
      'launches a military operation',
      'launched a military operation',
      'launch a military operation',
      'military operation',
    ),
  },
  ceasefire: {
    label: 'Ceasefire',
    family: 'conflict',
    glyph: 'plus',
    ace: '',
    titleVerb: verb('agrees to a ceasefire', 'agreed to a ceasefire', 'agree to a ceasefire', 'ceasefire'),
  },
  election: {
    label: 'Election',
    family: 'politics',
    glyph: 'check',
    ace: 'Personnel:Elect',
    titleVerb: verb('wins an election', 'won an election', 'win an election', 'election'),
  },
  // Naming someone to a post; ACE's Personnel:Nominate (proposed, not yet in office) maps here too.
  appointment: {
    label: 'Appointment',
    family: 'personnel',
    glyph: 'arrow-up',
    ace: 'Personnel:Start-Position',
    titleVerb: verb('appoints a new chief', 'appointed a new chief', 'appoint a new chief', 'appointment'),
  },
  resignation: {
    label: 'Resignation',
    family: 'personnel',
    glyph: 'arrow-down',
    ace: 'Personnel:End-Position',
    titleVerb: verb('resigns', 'resigned', 'resign', 'resignation'),
  },
  // Many people leaving their jobs at once: End-Position with a plural Person argument.
  layoffs: {
    label: 'Layoffs',
    family: 'personnel',
    glyph: 'pie',
    ace: 'Personnel:End-Position',
    titleVerb: verb('cuts jobs', 'cut jobs', 'cut jobs', 'job cuts'),
  },
  arrest: {
    label: 'Arrest',
    family: 'justice',
    glyph: 'lock',
    ace: 'Justice:Arrest-Jail',
    titleVerb: verb('makes arrests', 'made arrests', 'make arrests', 'arrest'),
  },
  charge: {
    label: 'Charge',
    family: 'justice',
    glyph: 'triangle-left',
    ace: 'Justice:Charge-Indict',
    titleVerb: verb('brings charges', 'brought charges', 'bring charges', 'charges'),
  },
  lawsuit: {
    label: 'Lawsuit',
    family: 'justice',
    glyph: 'bowtie',
    ace: 'Justice:Sue',
    titleVerb: verb('files a lawsuit', 'filed a lawsuit', 'file a lawsuit', 'lawsuit'),
  },
  trial: {
    label: 'Trial',
    family: 'justice',
    glyph: 'hourglass',
    ace: 'Justice:Trial-Hearing',
    titleVerb: verb('goes on trial', 'went on trial', 'go on trial', 'trial'),
  },
  // One type for the outcome of a case: it also stands for ACE's Justice:Acquit and Justice:Sentence, which
  // news reports in the same sentence as the conviction more often than not.
  verdict: {
    label: 'Verdict',
    family: 'justice',
    glyph: 'gavel',
    ace: 'Justice:Convict',
    titleVerb: verb('receives a verdict', 'received a verdict', 'receive a verdict', 'verdict'),
  },
  investigation: {
    label: 'Investigation',
    family: 'justice',
    glyph: 'magnifier',
    ace: '',
    titleVerb: verb(
      'opens an investigation',
      'opened an investigation',
      'open an investigation',
      'investigation',
    ),
  },
  // A takeover of a whole organisation; buying a stake or assets is a transaction.
  acquisition: {
    label: 'Acquisition',
    family: 'business',
    glyph: 'two-circles',
    ace: 'Business:Merge-Org',
    titleVerb: verb('makes an acquisition', 'made an acquisition', 'make an acquisition', 'acquisition'),
  },
  transaction: {
    label: 'Transaction',
    family: 'business',
    glyph: 'parallelogram',
    ace: 'Transaction:Transfer-Ownership',
    titleVerb: verb('completes a sale', 'completed a sale', 'complete a sale', 'sale'),
  },
  'product-launch': {
    label: 'Product launch',
    family: 'business',
    glyph: 'chevron-up',
    ace: '',
    titleVerb: verb('launches a product', 'launched a product', 'launch a product', 'product launch'),
  },
  'financial-results': {
    label: 'Financial results',
    family: 'business',
    glyph: 'staircase',
    ace: '',
    titleVerb: verb('reports results', 'reported results', 'report results', 'financial results'),
  },
  'market-move': {
    label: 'Market move',
    family: 'business',
    glyph: 'arrow-updown',
    ace: '',
    titleVerb: verb('sees its shares move', 'saw its shares move', 'see its shares move', 'share price move'),
  },
  bankruptcy: {
    label: 'Bankruptcy',
    family: 'business',
    glyph: 'chevron-down',
    ace: 'Business:Declare-Bankruptcy',
    titleVerb: verb(
      'files for bankruptcy',
      'filed for bankruptcy',
      'file for bankruptcy',
      'bankruptcy filing',
    ),
  },
  founding: {
    label: 'Founding',
    family: 'business',
    glyph: 'house',
    ace: 'Business:Start-Org',
    titleVerb: verb('is founded', 'was founded', 'be founded', 'founding'),
  },
  closure: {
    label: 'Closure',
    family: 'business',
    glyph: 'dome',
    ace: 'Business:End-Org',
    titleVerb: verb('shuts down', 'shut down', 'shut down', 'closure'),
  },
  policy: {
    label: 'Policy',
    family: 'politics',
    glyph: 'document',
    ace: '',
    titleVerb: verb('announces a new policy', 'announced a new policy', 'announce a new policy', 'policy'),
  },
  protest: {
    label: 'Protest',
    family: 'politics',
    glyph: 'flag',
    ace: 'Conflict:Demonstrate',
    titleVerb: verb('holds a protest', 'held a protest', 'hold a protest', 'protest'),
  },
  death: {
    label: 'Death',
    family: 'life',
    glyph: 'dagger',
    ace: 'Life:Die',
    titleVerb: verb('dies', 'died', 'die', 'death'),
  },
  injury: {
    label: 'Injury',
    family: 'life',
    glyph: 'drop',
    ace: 'Life:Injure',
    titleVerb: verb('is injured', 'was injured', 'be injured', 'injury'),
  },
  // Earthquakes, floods, fires and crashes: ACE annotates only their deaths and injuries (Life:Die, Life:Injure).
  disaster: {
    label: 'Disaster',
    family: 'disaster',
    glyph: 'bolt',
    ace: '',
    titleVerb: verb('is hit by a disaster', 'was hit by a disaster', 'be hit by a disaster', 'disaster'),
  },
  'sports-result': {
    label: 'Sports result',
    family: 'other',
    glyph: 'trophy',
    ace: '',
    titleVerb: verb('plays a match', 'played a match', 'play a match', 'match result'),
  },
  // What happened is in the row's `predicate` column; the title falls back to this.
  other: {
    label: 'Other',
    family: 'other',
    glyph: 'dot',
    ace: '',
    titleVerb: verb('takes action', 'took action', 'take action', 'event'),
  },
};

/** The registry entry of a type; unknown strings (a type from a newer file) read as 'other'. */
export function eventTypeInfo(type: string): EventTypeInfo {
  return EVENT_TYPE_INFO[type as EventType] ?? EVENT_TYPE_INFO.other;
}

/** The entry for a row of the event table's type column (an index into EVENT_TYPES). */
export function eventTypeInfoAt(typeIndex: number): EventTypeInfo {
  return EVENT_TYPE_INFO[EVENT_TYPES[typeIndex] ?? 'other'];
}

export interface FamilyGroup {
  family: EventFamily;
  label: string;
  /** In EVENT_TYPES order. */
  types: EventType[];
}

/** `types` grouped by family, families in EVENT_FAMILIES order, empty families left out. */
export function groupTypesByFamily(types: Iterable<EventType>): FamilyGroup[] {
  const wanted = new Set(types);
  return EVENT_FAMILIES.map((family) => ({
    family,
    label: FAMILY_LABELS[family],
    types: EVENT_TYPES.filter((t) => wanted.has(t) && EVENT_TYPE_INFO[t].family === family),
  })).filter((g) => g.types.length > 0);
}

/** Every type of one family, in EVENT_TYPES order. */
export function typesOfFamily(family: EventFamily): EventType[] {
  return EVENT_TYPES.filter((t) => EVENT_TYPE_INFO[t].family === family);
}
