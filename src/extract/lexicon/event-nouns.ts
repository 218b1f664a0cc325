/**
 * Nouns that name events ("the apology", "a raid"): each is a predicate of its own, so "apologized for
 * a raid in 2010" gives the raid its own date. Typed nouns only; a noun not listed is no event.
 */
import type { EventType } from '../../model/event-record';

export const EVENT_NOUNS: Readonly<Record<string, EventType>> = {
  announcement: 'statement',
  statement: 'statement',
  apology: 'statement',
  speech: 'statement',
  warning: 'statement',
  meeting: 'meeting',
  talks: 'meeting',
  summit: 'meeting',
  conference: 'meeting',
  visit: 'travel',
  trip: 'travel',
  agreement: 'agreement',
  deal: 'agreement',
  treaty: 'agreement',
  accord: 'agreement',
  pact: 'agreement',
  settlement: 'agreement',
  suspension: 'policy',
  attack: 'attack',
  raid: 'attack',
  strike: 'attack',
  bombing: 'attack',
  airstrike: 'attack',
  shooting: 'attack',
  invasion: 'military-operation',
  offensive: 'military-operation',
  election: 'election',
  referendum: 'election',
  vote: 'election',
  appointment: 'appointment',
  resignation: 'resignation',
  layoff: 'layoffs',
  layoffs: 'layoffs',
  arrest: 'arrest',
  indictment: 'charge',
  lawsuit: 'lawsuit',
  trial: 'trial',
  hearing: 'trial',
  verdict: 'verdict',
  conviction: 'verdict',
  ruling: 'verdict',
  investigation: 'investigation',
  inquiry: 'investigation',
  probe: 'investigation',
  acquisition: 'acquisition',
  merger: 'acquisition',
  takeover: 'acquisition',
  sale: 'transaction',
  purchase: 'transaction',
  launch: 'product-launch',
  release: 'product-launch',
  unveiling: 'product-launch',
  bankruptcy: 'bankruptcy',
  protest: 'protest',
  demonstration: 'protest',
  rally: 'protest',
  walkout: 'protest',
  death: 'death',
  earthquake: 'disaster',
  quake: 'disaster',
  flood: 'disaster',
  flooding: 'disaster',
  hurricane: 'disaster',
  typhoon: 'disaster',
  cyclone: 'disaster',
  tsunami: 'disaster',
  wildfire: 'disaster',
  eruption: 'disaster',
  explosion: 'disaster',
  crash: 'disaster',
  derailment: 'disaster',
  collision: 'disaster',
  landslide: 'disaster',
  avalanche: 'disaster',
  blaze: 'disaster',
  drought: 'disaster',
  heatwave: 'disaster',
  outbreak: 'disaster',
  epidemic: 'disaster',
  pandemic: 'disaster',
  final: 'sports-result',
  ceasefire: 'ceasefire',
  truce: 'ceasefire',
  sanctions: 'sanctions',
  embargo: 'sanctions',
};

/** Plurals that mean something else than many such events: "Christmas sales" are revenue, not sales of a firm. */
/**
 * Nouns that name an event only after a word of firsts: "the A380's maiden flight", "made its first
 * flight", "the ship's inaugural voyage". A flight alone is travel or a service, not news of a product.
 */
export const MILESTONE_NOUNS: Readonly<Record<string, EventType>> = {
  flight: 'product-launch',
  voyage: 'product-launch',
};

/** The words of firsts before a milestone noun. */
export const MILESTONE_MODIFIERS: ReadonlySet<string> = new Set(['maiden', 'first', 'inaugural', 'test']);

export const NON_EVENT_PLURALS: ReadonlySet<string> = new Set([
  'sales',
  'earnings',
  'proceeds',
  'damages',
  'savings',
  // "patients lost access to appointments": bookings, not nominations.
  'appointments',
]);

/**
 * Event nouns whose possessor undergoes the event rather than does it: "his capture in February
 * 2014", "her arrest on Monday", "the minister's dismissal".
 */
export const UNDERGONE_NOUNS: ReadonlySet<string> = new Set([
  'capture',
  'recapture',
  'arrest',
  'detention',
  'extradition',
  'deportation',
  'kidnapping',
  'abduction',
  'murder',
  'killing',
  'assassination',
  'execution',
  'conviction',
  'sentencing',
  'ouster',
  'dismissal',
  'removal',
  'impeachment',
  'firing',
  'sacking',
  'indictment',
  'prosecution',
]);

/**
 * Nouns that only carry the event of the noun before them: "bankruptcy filing", "bankruptcy
 * protection", "merger proceedings". The event is the first noun's.
 */
export const LIGHT_EVENT_HEADS: ReadonlySet<string> = new Set([
  'filing',
  'filings',
  'proceedings',
  'protection',
]);
