/**
 * Where an event happened: a place named after "in" or "at" ("in Seoul", "in the coastal city of
 * Wonsan", "in Russia's Kursk region"). Capitals from actors.json always count as places; other
 * capitalised names count unless they are months, weekdays or sentence-initial words.
 */

const NOT_PLACES_RE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|These|Those|His|Her|Its|Their|An?|It|He|She|They|We|I|Spring|Summer|Autumn|Fall|Winter|Easter|Christmas|Ramadan|Order|Addition|Response|Total|Fact|Other|Recent|Contrast|World|War|Institute|University|Party|Ministry|Council|Office|Agency|Particular|Part|Return|Practice|Exchange|General|Line|Charge|Support|Turn|Time|Light|Favor|Favour)$/;

const PLACE_RE =
  /\b(?:in|at|near|outside|from|to)\s+(?:(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:city|town|village|port|region|province|county|district|capital|area|oblast|state)\s+of\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})/gu;

/** "in the Donetsk region", "in the Kharkiv area". */
const THE_REGION_RE =
  /\bin\s+the\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:region|province|oblast|area|district)s?)\b/u;
const GENITIVE_REGION_RE =
  /\bin\s+(?:\p{Lu}[\p{L}-]*)[’']s\s+(\p{Lu}[\p{L}-]*\s+(?:region|province|oblast|area|district))/u;

/** The first place the sentence locates something in, or ''. `places` are known place names. */
export function findLocation(sentence: string, places: ReadonlySet<string>): string {
  const genitive = GENITIVE_REGION_RE.exec(sentence) ?? THE_REGION_RE.exec(sentence);
  PLACE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let best: { index: number; place: string } | null = null;
  while ((m = PLACE_RE.exec(sentence))) {
    const preposition = m[0].split(/\s/)[0] ?? '';
    // "in U.S. District Court": the letters of an abbreviation are no place.
    const end = m.index + m[0].length;
    if (/^\.\p{Lu}/u.test(sentence.slice(end, end + 2)) || (m[1] ?? '').trim().length === 1) continue;
    const words = (m[1] ?? '').trim().split(/\s+/);
    while (words.length > 0 && NOT_PLACES_RE.test(words[words.length - 1] ?? '')) words.pop();
    if (words.length === 0 || NOT_PLACES_RE.test(words[0] ?? '')) continue;
    if (words.some((w) => /[’']s$/.test(w) || NOT_PLACES_RE.test(w))) continue;
    const place = words.join(' ');
    const known = places.has(place);
    // "from" and "to" name a place only when it is a known one; "to Moscow" yes, "to Trump" no.
    if ((preposition === 'from' || preposition === 'to') && !known) continue;
    if (
      !known &&
      !/(?:city|town|village|port|region|province|county|district|capital|area|oblast|state)\s+of\s/.test(
        m[0],
      ) &&
      !/^(?:in|at|near|outside)$/.test(preposition)
    )
      continue;
    best = { index: m.index, place };
    break;
  }
  if (genitive && genitive[1] && (!best || genitive.index <= best.index)) return genitive[1];
  return best?.place ?? '';
}
