/**
 * English plurals of the demonyms in world-countries (`demonyms.eng`), which lists only the singular:
 * "Kenyan" -> "Kenyans", but "the French", "the Chinese", "the Swiss" do not change.
 * Data only; scripts/merge-actors.ts applies it.
 */

/** Endings of demonyms that are their own plural: Chinese, Irish, Swiss, Seychellois, Kirghiz. */
const INVARIANT_ENDINGS = ['ese', 'ish', 'ss', 's', 'x', 'z'] as const;

/** Whole demonyms that are their own plural. */
const INVARIANT = new Set(['Dutch', 'French', 'Burkinabe', 'Malagasy', 'Ni-Vanuatu', 'I-Kiribati']);

/** Plurals that are not the singular plus "s". */
const IRREGULAR = new Map([
  ['Motswana', 'Batswana'],
  ['Mosotho', 'Basotho'],
]);

/** The plural of a demonym, or null when English uses the singular ("the French"). */
export function pluralOfDemonym(demonym: string): string | null {
  const irregular = IRREGULAR.get(demonym);
  if (irregular) return irregular;
  if (INVARIANT.has(demonym) || INVARIANT_ENDINGS.some((e) => demonym.endsWith(e))) return null;
  return `${demonym}s`;
}
