/**
 * One entry of data/actors.json: a state, organisation or movement that gets its own swimlane.
 * The extractor matches mentions through the name lists; the app uses id, label and colour.
 */
export interface Actor {
  /** Stable kebab-case id used in events.csv (`actor`, `other_actors`), e.g. "north-korea". */
  id: string;
  /** Lane label shown to people, e.g. "North Korea". */
  label: string;
  /** CSS colour (#rrggbb) of the lane and its marks. */
  color: string;
  /** 'state' | 'organisation' | 'group' ... free text, used for grouping in the legend. */
  kind?: string;
  /** Other names: "DPRK", "N. Korea". All-caps entries of up to 5 letters match case-sensitively. */
  aliases?: string[];
  /** Adjectives and nouns of people: "North Korean", "Russian". */
  demonyms?: string[];
  /** Capital and seat-of-government metonyms: "Pyongyang", "Kremlin". */
  capitals?: string[];
  /** Institutions that speak for the actor: "KCNA", "Foreign Ministry" is too generic to list. */
  institutions?: string[];
  /** People who speak or act for the actor: "Kim Jong Un", "Lavrov". */
  people?: string[];
}

/** The file as a whole: a list of actors plus a version so the format can evolve. */
export interface ActorsFile {
  version: 1;
  actors: Actor[];
}

/** Lane id used for events whose actor is unknown; never dropped. */
export const UNKNOWN_ACTOR_ID = '';
/**
 * The label of that lane, in the chart, filters, table, tooltips and exports. It says what the source
 * did, not what the actor is: the article named no one, and "Unknown actor" read like an actor called that.
 */
export const UNKNOWN_ACTOR_LABEL = 'No actor named';
/** Its short form where a lane name must be short (a phone's gutter): initials of it would read as a name. */
export const UNKNOWN_ACTOR_SHORT_LABEL = 'No actor';
