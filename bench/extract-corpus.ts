/**
 * Generated news-like article files for the extraction benchmarks: title, dpa-style caption scraped
 * twice, stray "TT", then body paragraphs recombined from templates with varied actors, people, counts
 * and dates. Seeded, so a run compares with the last one.
 *
 * Two densities:
 * - 'news' (default) is close to the seed articles: about 165 bytes per sentence, 38% of sentences
 *   dated (the seeds: 47%), 2.5 dates and 2.1 events per KB (the seeds: 2.4 and 1.6), 1.8 actor
 *   mentions per sentence (the seeds: 3.2), measured over its first 100 articles.
 * - 'dense' is the first generator: short sentences, 60% dated, 6.7 dates and 5 events per KB, about
 *   three times what real reporting holds. It overweights per-event work, so it is kept as a stress case.
 */
import type { SeededRandom } from '../src/model/seeded-random';

export type CorpusDensity = 'news' | 'dense';

type Template = (r: SeededRandom) => string;

const ACTORS: [string, string, string][] = [
  ['North Korea', 'Pyongyang', 'North Korean'],
  ['South Korea', 'Seoul', 'South Korean'],
  ['Russia', 'Moscow', 'Russian'],
  ['Ukraine', 'Kyiv', 'Ukrainian'],
  ['China', 'Beijing', 'Chinese'],
  ['Japan', 'Tokyo', 'Japanese'],
  ['Iran', 'Tehran', 'Iranian'],
  ['Israel', 'Jerusalem', 'Israeli'],
  ['the United States', 'Washington', 'US'],
  ['Turkey', 'Ankara', 'Turkish'],
];
const PEOPLE = [
  'Sergei Lavrov',
  'Wendy Sherman',
  'Dmitry Peskov',
  'Mark Rutte',
  'Antonio Guterres',
  'Wang Yi',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const COUNTS = ['two', 'three', 'eight', '12', 'more than 10,000', 'about 300', 'dozens of'];
const ROLES = ['foreign minister', 'defence minister', 'national security adviser', 'top diplomat'];
const TOPICS = [
  'the export of dual-use technology',
  'grain shipments through the Black Sea',
  'the status of prisoners of war',
  'energy prices and supply routes',
  'the future of the arms control framework',
  'reconstruction funding for damaged cities',
];

function a(r: SeededRandom): string {
  return r.pick(ACTORS)[0];
}
function c(r: SeededRandom): string {
  return r.pick(ACTORS)[1];
}
function adj(r: SeededRandom): string {
  return r.pick(ACTORS)[2];
}
function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The first generator's templates, unchanged, for the dense case. */
const DENSE_TEMPLATES: Template[] = [
  (r) =>
    `${cap(a(r))} fired ${r.pick(COUNTS)} ballistic missiles into the sea on ${r.pick(DAYS)}, officials in ${c(r)} said.`,
  (r) =>
    `${r.pick(PEOPLE)} met with his counterpart from ${a(r)} in ${c(r)} on ${r.pick(DAYS)} to discuss the crisis.`,
  (r) => `${cap(a(r))} and ${a(r)} will hold joint military drills next month, the defense ministry said.`,
  (r) =>
    `${cap(a(r))} imposed new sanctions on ${a(r)} in ${r.pick(MONTHS)}, targeting banks and shipping firms.`,
  (r) =>
    `"We will not accept any ceasefire that rewards aggression," ${r.pick(PEOPLE)} told reporters in ${c(r)} last week.`,
  (r) =>
    `${cap(a(r))} may be preparing to deploy ${r.pick(COUNTS)} troops near the border in ${r.pick(MONTHS)} or ${r.pick(MONTHS)}.`,
  (_r) => `Analysts say the talks could resume later this year if both sides agree to a framework.`,
  (r) =>
    `A drone attack on ${c(r)} killed ${r.pick(COUNTS)} people on ${r.pick(DAYS)}, according to local authorities.`,
  (r) =>
    `The two governments signed a trade agreement on ${r.pick(MONTHS)} ${r.int(1, 28)}, ${r.int(2015, 2024)}.`,
  (_r) => `Residents described long queues for fuel and bread, and several schools remained closed.`,
  (r) => `${cap(a(r))} hasn't yet conducted the nuclear test that many observers expect.`,
  (r) => `The region has been a flashpoint for decades, and diplomats in ${c(r)} fear a wider escalation.`,
  (r) => `${cap(a(r))} has long insisted that its military programme is purely defensive.`,
  (_r) =>
    `Humanitarian groups say access to the worst-hit areas remains limited and supplies are running low.`,
  (r) => `Critics of the government in ${c(r)} argue that the policy has failed to deliver security.`,
  (_r) => `Prices of basic goods have risen sharply, according to figures from the statistics office.`,
];

/** Dated event sentences in wire style: long, with a source, several actors and a side clause. */
const NEWS_EVENTS: Template[] = [
  (r) =>
    `${cap(a(r))} fired ${r.pick(COUNTS)} ballistic missiles into the sea off its east coast on ${r.pick(DAYS)}, the military in ${c(r)} said, in what analysts described as a test of new launchers.`,
  (r) =>
    `${r.pick(PEOPLE)} met his ${adj(r)} counterpart in ${c(r)} on ${r.pick(DAYS)} for talks on ${r.pick(TOPICS)}, according to a statement released by the ${adj(r)} foreign ministry.`,
  (r) =>
    `${cap(a(r))} and ${a(r)} will hold joint military drills next month involving warships and aircraft, the defence ministry in ${c(r)} said in a statement.`,
  (r) =>
    `${cap(a(r))} imposed new sanctions on ${a(r)} in ${r.pick(MONTHS)}, targeting banks, shipping firms and several senior officials accused of helping to evade earlier measures.`,
  (r) =>
    `"We will not accept any ceasefire that rewards aggression," ${r.pick(PEOPLE)} told reporters in ${c(r)} last week, adding that ${a(r)} had been briefed on the proposal.`,
  (r) =>
    `Intelligence officials in ${c(r)} believe ${a(r)} may be preparing to deploy ${r.pick(COUNTS)} troops near the border in ${r.pick(MONTHS)} or ${r.pick(MONTHS)}, though the reports could not be independently verified.`,
  (r) =>
    `A drone attack on the outskirts of ${c(r)} killed ${r.pick(COUNTS)} people on ${r.pick(DAYS)}, according to local authorities, who said rescue teams were still searching the rubble.`,
  (r) =>
    `The ${adj(r)} and ${adj(r)} governments signed a trade agreement on ${r.pick(MONTHS)} ${r.int(1, 28)}, ${r.int(2015, 2024)}, which cut tariffs on steel, grain and machinery over five years.`,
  (r) =>
    `The ${adj(r)} ${r.pick(ROLES)} warned on ${r.pick(DAYS)} that ${a(r)} would face consequences if it continued to supply weapons to ${a(r)}.`,
  (r) =>
    `${cap(a(r))} announced in ${r.pick(MONTHS)} ${r.int(2019, 2024)} that it would reopen its embassy in ${c(r)}, ending a diplomatic freeze that had lasted for most of the decade.`,
];

/** Undated background: context, analysis, reaction and colour, most of a real story. */
const NEWS_BACKGROUND: Template[] = [
  (r) =>
    `The region has been a flashpoint for decades, and diplomats in ${c(r)} fear that a miscalculation by either side could trigger a wider escalation that draws in ${a(r)}.`,
  (r) =>
    `${cap(a(r))} has long insisted that its military programme is purely defensive, a claim that officials in ${c(r)} and ${c(r)} have repeatedly dismissed.`,
  (_r) =>
    `Humanitarian groups say access to the worst-hit areas remains limited and that supplies of food, water and medicine are running low as the fighting continues.`,
  (r) =>
    `Critics of the government in ${c(r)} argue that the policy has failed to deliver security and has instead pushed ${a(r)} closer to its rivals.`,
  (_r) =>
    `Prices of basic goods have risen sharply, according to figures from the statistics office, and many families say they can no longer afford fuel for heating.`,
  (r) =>
    `"The situation on the ground is extremely fragile and every side needs to show restraint," a senior ${adj(r)} diplomat said, speaking on condition of anonymity.`,
  (r) =>
    `Analysts in ${c(r)} say the talks could resume if both sides agree to a framework, but warn that deep mistrust between ${a(r)} and ${a(r)} makes a quick deal unlikely.`,
  (r) =>
    `The ${adj(r)} foreign ministry did not respond to a request for comment, and state media in ${c(r)} made no mention of the incident in its evening bulletins.`,
  (r) =>
    `Residents of ${c(r)} described long queues for fuel and bread, and several schools in the eastern districts remained closed because of damage to their buildings.`,
  (r) =>
    `${cap(a(r))} is one of the largest suppliers of ${r.pick(['grain', 'gas', 'oil', 'fertiliser'])} to the region, and any disruption to its exports is felt quickly in markets across ${r.pick(['Asia', 'Europe', 'Africa'])}.`,
  (r) =>
    `Opposition lawmakers in ${c(r)} have called for a parliamentary inquiry into how the decision was made and who was consulted before it was announced.`,
  (r) =>
    `Experts caution that satellite images alone cannot show whether the equipment seen near the border belongs to ${a(r)} or to private contractors working for it.`,
];

/** Share of body sentences drawn from the dated event templates; about 40% of a story's sentences. */
const NEWS_EVENT_SHARE = 0.35;

function sentence(r: SeededRandom, density: CorpusDensity): string {
  if (density === 'dense') return r.pick(DENSE_TEMPLATES)(r);
  return r.chance(NEWS_EVENT_SHARE) ? r.pick(NEWS_EVENTS)(r) : r.pick(NEWS_BACKGROUND)(r);
}

/** One scraped article file of about 4-5 KB, the size of a wire story. */
export function generateArticle(r: SeededRandom, i: number, density: CorpusDensity = 'news'): string {
  const day = r.int(1, 28);
  const month = r.pick(MONTHS);
  const year = r.int(2019, 2025);
  const title = `${cap(a(r))} and ${a(r)} Trade Warnings as Tensions Rise ${i}`;
  const caption = `${day} ${month} ${year}, ${a(r)}, ${c(r)}: Officials attend a ceremony. (dpa)`;
  const paragraphs: string[] = [];
  const [min, max] = density === 'dense' ? [12, 30] : [8, 16];
  for (let p = r.int(min, max); p > 0; p--) {
    const sentences: string[] = [];
    for (let s = r.int(1, 3); s > 0; s--) sentences.push(sentence(r, density));
    paragraphs.push(sentences.join(' '));
  }
  return [
    title,
    '',
    caption,
    caption,
    'TT',
    '',
    title,
    '',
    caption,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
  ].join('\n');
}
