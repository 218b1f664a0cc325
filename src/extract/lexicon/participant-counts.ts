/**
 * A count after a definite determiner that names the parties of a story ("the two leaders", "its three
 * allies", "all four sides") points back at who acts, already named; it is not how many of something the
 * event involved. The quantity parser (quantities.ts) skips such counts. Lower case.
 */

/** Words before a number that make the count definite: the counted things are already known. */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'these',
  'those',
  'both',
  'all',
  'its',
  'their',
  'our',
  'his',
  'her',
]);

/**
 * Head nouns that name people or parties who act. Not victims, passengers or troops: "the 71 people killed"
 * and "the 300 soldiers" are how big an event was, even after "the".
 */
export const PARTICIPANT_NOUNS: ReadonlySet<string> = new Set([
  'leaders',
  'heads',
  'presidents',
  'ministers',
  'officials',
  'envoys',
  'diplomats',
  'negotiators',
  'delegations',
  'lawmakers',
  'senators',
  'candidates',
  'men',
  'women',
  'suspects',
  'sides',
  'parties',
  'countries',
  'nations',
  'states',
  'governments',
  'powers',
  'allies',
  'neighbours',
  'neighbors',
  'rivals',
  'members',
  'companies',
  'firms',
  'banks',
  'leagues',
  'teams',
  'clubs',
]);
