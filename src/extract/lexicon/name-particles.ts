/**
 * Particles that belong to a surname, written in lower case: "Jan de Vries", "Ursula von der Leyen",
 * "Mohammed bin Salman", "Marine Le Pen" (capitalised there, matched case-insensitively where that is meant).
 */
export const SURNAME_PARTICLES: readonly string[] = [
  'al',
  'el',
  'bin',
  'ibn',
  'von',
  'van',
  'der',
  'den',
  'ter',
  'de',
  'del',
  'della',
  'da',
  'di',
  'du',
  'dos',
  'das',
  'la',
  'le',
];

/** The particles as one regular-expression alternation, for patterns built around them. */
export const SURNAME_PARTICLE_ALTERNATION = SURNAME_PARTICLES.join('|');
