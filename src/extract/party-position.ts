/**
 * Where a name sits says whether it takes part in an event or only sets its scene. "GM sold Opel to
 * Magna": Opel is what was sold and Magna who bought it, so both belong on the event. "fired missiles
 * from Wonsan": Wonsan is where, not who. Used when the entity stage guesses a kind for a name it does
 * not know, and when a row lists the other parties it links to.
 */
import type { Token } from './analysis';
import {
  HOLDING_NOUNS,
  PLACE_WORDS,
  SCENE_PREPOSITIONS,
  SETTLEMENT_NOUNS,
  TRANSFER_VERBS,
} from './lexicon/entity-cues';

/** How far back a transfer verb may stand from "to": "sold its Opel unit and Vauxhall brand to". */
const TRANSFER_REACH = 10;

/**
 * True when the preposition before token `at` introduces a party: "a 20% stake in Chrysler", "sold
 * Opel to Magna". Only "in" after a noun of owning and "to" after a verb of handing over qualify.
 */
export function partyAfterPreposition(tokens: readonly Token[], at: number): boolean {
  const prep = tokens[at - 1];
  if (!prep) return false;
  if (prep.lower === 'in') {
    const before = tokens[at - 2];
    // "a stake in the carmaker Chrysler" is rare in news; the noun stands right before "in".
    return before !== undefined && HOLDING_NOUNS.has(before.lower);
  }
  if (prep.lower !== 'to') return false;
  for (let i = at - 2; i >= Math.max(0, at - 1 - TRANSFER_REACH); i--) {
    const t = tokens[i];
    if (!t || t.text === ',' || t.text === ';' || t.pos === 'SCONJ') return false;
    if (t.pos === 'VERB') return TRANSFER_VERBS.has(t.lemma);
  }
  return false;
}

/** Words between a governing word and the name it governs: "the", "its first", "a new". */
function isModifier(t: Token): boolean {
  return t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.lower === 'its' || t.lower === 'their';
}

/**
 * True when a name at token `at`, after the event's trigger, is one of its parties: the trigger's
 * object ("unveiled the iPhone 4"), the object of a preposition that names a party ("a merger with
 * Chrysler", "sold Opel to Magna", "the sale of Opel"), never a scene ("from Wonsan", "in Detroit").
 */
export function isPartyPosition(tokens: readonly Token[], at: number, verbAt = -1): boolean {
  let i = at - 1;
  while (i >= 0 && tokens[i] && isModifier(tokens[i] as Token)) i--;
  const gov = tokens[i];
  if (!gov) return false;
  // `verbAt`: the event's verb, whatever the tagger called it ("overtook" read as a noun).
  if (gov.pos === 'VERB' || i === verbAt) return true;
  if (gov.pos !== 'ADP') return false;
  if (partyAfterPreposition(tokens, i + 1)) return true;
  // "the coastal city of Wonsan", "the province of Idlib".
  const owner = tokens[i - 1]?.lower ?? '';
  if (gov.lower === 'of' && (SETTLEMENT_NOUNS.has(owner) || PLACE_WORDS.has(owner))) return false;
  return !SCENE_PREPOSITIONS.has(gov.lower) && gov.lower !== 'to';
}
