/**
 * Given names, from the human-names package (popular first names in English, French, Spanish, German,
 * Italian and Dutch usage). A title shortens a person to the surname only when the name opens with one of
 * these: "Steve Jobs" is "Jobs", but a two-word name the text gave no title, such as "Northrop Grumman" or
 * "Novo Nordisk", may be a firm's, and a firm shortened to its last word ("Grumman") reads as a person.
 * The list is Western-heavy, so a miss only keeps a name whole ("Narendra Modi says"), never loses one.
 */
import femaleDe from 'human-names/data/female-human-names-de.json';
import femaleEn from 'human-names/data/female-human-names-en.json';
import femaleEs from 'human-names/data/female-human-names-es.json';
import femaleFr from 'human-names/data/female-human-names-fr.json';
import femaleIt from 'human-names/data/female-human-names-it.json';
import femaleNl from 'human-names/data/female-human-names-nl.json';
import maleDe from 'human-names/data/male-human-names-de.json';
import maleEn from 'human-names/data/male-human-names-en.json';
import maleEs from 'human-names/data/male-human-names-es.json';
import maleFr from 'human-names/data/male-human-names-fr.json';
import maleIt from 'human-names/data/male-human-names-it.json';
import maleNl from 'human-names/data/male-human-names-nl.json';

export const GIVEN_NAMES: ReadonlySet<string> = new Set<string>([
  ...femaleDe,
  ...femaleEn,
  ...femaleEs,
  ...femaleFr,
  ...femaleIt,
  ...femaleNl,
  ...maleDe,
  ...maleEn,
  ...maleEs,
  ...maleFr,
  ...maleIt,
  ...maleNl,
]);
