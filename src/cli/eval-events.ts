/**
 * `npm run eval:events [-- --corpus <dir>] [--verbose] [--file <substring>]`: runs the extractor on the
 * Wikinews CAT corpus (default ../shared/corpora/wikinews-dev, read in place, never copied) and scores
 * its rows against the gold (sentence, date) pairs and agents, then against the SemEval-2015 entity
 * timelines. Ends with one JSON line. Each document is extracted on its own: merging reports of the
 * same event across files is a feature of the timeline, and the SemEval trial docs repeat the MEANTIME
 * Apple articles, so one run over all files would fold away rows that each document should have.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { EventRecord } from '../model/event-record';
import { createExtractor, mergeExtractions, parseActorsFile } from '../extract/index';
import { parseCatDocument, type CatDocument } from '../extract/eval/cat-document';
import {
  EMPTY_PAIR_COUNTS,
  addPairCounts,
  creationDay,
  extractorInput,
  formatSentence,
  goldItems,
  hasTemporalRelations,
  pairMetrics,
  placeRows,
  scoreDocument,
  type PairCounts,
} from '../extract/eval/dated-pairs';
import { parseTimeline, scoreTimeline, type TimelineScore } from '../extract/eval/entity-timelines';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpora/wikinews-dev' },
    actors: { type: 'string', default: 'data/actors.json' },
    file: { type: 'string' },
    verbose: { type: 'boolean', short: 'v', default: false },
  },
});

const FOLDERS = [
  { name: 'corpus_apple', path: 'meantime/intra-doc_annotation/corpus_apple' },
  { name: 'corpus_stock', path: 'meantime/intra-doc_annotation/corpus_stock' },
  { name: 'apple-trial-docs', path: 'semeval2015-timeline/apple-trial-docs' },
];
const TIMELINES = [
  { path: 'semeval2015-timeline/apple-trial-timelines', docs: 'apple-trial-docs' },
  { path: 'semeval2015-timeline/stock-timelines', docs: 'corpus_stock' },
];

function fail(message: string): never {
  process.stderr.write(`eval-events: ${message}\n`);
  process.exit(1);
}

const actorsFile = parseActorsFile(readFileSync(values.actors, 'utf8'), values.actors);
if (!actorsFile.ok) fail(actorsFile.error);
const actors = actorsFile.value;
const actorById = new Map(actors.actors.map((a) => [a.id, a]));
const label = (id: string): string => actorById.get(id)?.label ?? id;
// `agent` (the named entity that acted) is newer than most rows; older extractors leave it out.
const agentOf = (row: EventRecord): string[] =>
  'agent' in row && typeof row.agent === 'string' && row.agent !== '' ? [row.agent] : [];
/** Who a row says acted: its lane and agent, the people it names, and (whole-name only) the lane's aliases. */
const actorNames = (row: EventRecord) => ({
  names: [...laneNames(row), ...agentOf(row)],
  aliases: actorById.get(row.actor)?.aliases ?? [],
});
/** A timeline is one lane: the row's actor (an actors.json label or a name the text introduced) and its people. */
function laneNames(row: EventRecord): string[] {
  return [...(row.actor ? [label(row.actor)] : []), ...row.people];
}
/**
 * An entity takes part in a row it does not do: "Fiat takes a stake in Chrysler" is on Chrysler's
 * timeline too. The app links such a row to the other lane; SemEval's timelines list every role.
 */
function participantNames(row: EventRecord): string[] {
  return [...laneNames(row), ...row.other_actors.map(label)];
}
const laneAndParties = (row: EventRecord): string =>
  `${label(row.actor) || '-'} [${[...row.people, ...row.other_actors.map(label)].join('; ')}]`;

interface Loaded {
  folder: string;
  doc: CatDocument;
  rows: EventRecord[];
}

const loaded: Loaded[] = [];
for (const folder of FOLDERS) {
  const dir = join(values.corpus, folder.path);
  if (!existsSync(dir)) fail(`${dir}: no such folder (pass --corpus <dir>)`);
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.xml') || (values.file !== undefined && !name.includes(values.file))) continue;
    const parsed = parseCatDocument(readFileSync(join(dir, name), 'utf8'));
    if (!parsed.ok) fail(`${join(dir, name)}: ${parsed.error}`);
    loaded.push({ folder: folder.name, doc: parsed.value, rows: [] });
  }
}
if (loaded.length === 0) fail(`no document matches --file ${values.file ?? ''}`);
// extractArticles one file at a time, with the extractor (its actor matcher, ~25 ms) built once.
const inputs = loaded.map((l) => extractorInput(l.doc));
const extractor = createExtractor({ actors, manifest: inputs.flatMap((i) => i.manifest) });
for (const [i, l] of loaded.entries()) {
  const input = inputs[i];
  if (!input) continue;
  const result = mergeExtractions([extractor.extractFile(input.file)]);
  for (const f of result.report.files) for (const e of f.errors) process.stderr.write(`eval-events: ${e}\n`);
  l.rows = result.events;
}

const pct = (x: number): string => (Number.isNaN(x) ? '    -' : (100 * x).toFixed(1).padStart(5));
const HEADER = `${''.padEnd(18)} | docs |  gold | rows | strict P     R    F1 | lenient P    R    F1 | actor acc (n)`;
function line(name: string, docs: number, c: PairCounts): string {
  const m = pairMetrics(c);
  return [
    name.padEnd(18),
    String(docs).padStart(4),
    String(c.gold).padStart(5),
    String(c.rows).padStart(4),
    `   ${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)}`,
    `    ${pct(m.lenientPrecision)} ${pct(m.lenientRecall)} ${pct(m.lenientF1)}`,
    `   ${pct(m.actorAccuracy)} (${c.actorScored})`,
  ].join(' | ');
}

const out: string[] = [];
let total = { ...EMPTY_PAIR_COUNTS };
let totalDocs = 0;
const stats = { gold: 0, publication: 0, viaCreationTime: 0, title: 0, dateline: 0, implicit: 0 };
const placements = { offset: 0, text: 0, none: 0, outside: 0, withoutGold: 0 };
const tables: string[] = [];
for (const folder of FOLDERS) {
  const docs = loaded.filter((l) => l.folder === folder.name);
  const scored = docs.filter((l) => hasTemporalRelations(l.doc));
  if (docs.length === 0) continue;
  if (scored.length === 0) {
    tables.push(`${folder.name.padEnd(18)} | ${String(docs.length).padStart(4)} | no TLINKs: timelines only`);
    continue;
  }
  let counts = { ...EMPTY_PAIR_COUNTS };
  for (const { doc, rows } of scored) {
    const score = scoreDocument(doc, rows, actorNames);
    counts = addPairCounts(counts, score.counts);
    placements.offset += score.placements.offset;
    placements.text += score.placements.text;
    placements.none += score.placements.none;
    placements.outside += score.outsideRows;
    placements.withoutGold += score.rowsWithoutGold;
    const dct = creationDay(doc);
    for (const g of goldItems(doc)) {
      stats.gold++;
      if (g.interval.start === dct && g.interval.end === dct) stats.publication++;
      if (g.viaCreationTime) stats.viaCreationTime++;
      if (g.implicit) stats.implicit++;
      if (g.sentence === 0) stats.title++;
      if (g.sentence === 1) stats.dateline++;
    }
    if (values.verbose && score.sentences.length > 0) {
      out.push('', `== ${folder.name}/${doc.name}  published ${dct}  ${rows.length} row(s)`);
      for (const s of score.sentences) out.push(...formatSentence(s, dct, label));
    }
  }
  total = addPairCounts(total, counts);
  totalDocs += scored.length;
  tables.push(line(folder.name, scored.length, counts));
}
const share = (n: number): string => `${n} (${pct(n / (stats.gold || 1)).trim()}%)`;
out.push(
  '',
  '== dated pairs: rows vs gold (sentence, date) items in annotated sentences ==',
  HEADER,
  ...tables,
  line('ALL', totalDocs, total),
  `gold items: ${stats.gold}; on the publication day ${share(stats.publication)}, linked to the creation-time timex ${share(stats.viaCreationTime)}, in titles ${share(stats.title)}, in datelines ${share(stats.dateline)}, implicit timex ${share(stats.implicit)}`,
  `rows placed by offset ${placements.offset}, by sentence text ${placements.text}, not found ${placements.none}; outside annotated sentences (not scored) ${placements.outside}; in annotated sentences without any gold item ${placements.withoutGold}`,
);

// Timelines name documents by doc_id; rows are looked up by the document's CAT sentence.
const rowsBySentence = new Map<string, EventRecord[]>();
for (const { folder, doc, rows } of loaded) {
  for (const p of placeRows(doc, rows)) {
    if (p.sentence === null) continue;
    const key = `${folder} ${doc.id} ${p.sentence}`;
    const list = rowsBySentence.get(key);
    if (list) list.push(p.row);
    else rowsBySentence.set(key, [p.row]);
  }
}
const loadedIds = new Set(loaded.map((l) => `${l.folder} ${l.doc.id}`));
const timelineScores: TimelineScore[] = [];
let participantHits = 0;
const seen = new Set<string>();
for (const t of TIMELINES) {
  const dir = join(values.corpus, t.path);
  if (!existsSync(dir)) fail(`${dir}: no such folder`);
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.txt')) continue;
    const text = readFileSync(join(dir, name), 'utf8');
    // stock-timelines holds S&P 500 twice (s&p_500.txt, s_and_p_500.txt); score it once.
    if (seen.has(text)) continue;
    seen.add(text);
    const parsed = parseTimeline(text, name);
    if (!parsed.ok) fail(parsed.error);
    const timeline = parsed.value;
    // With --file, only events told in a loaded document can be found.
    timeline.events = timeline.events.filter((e) =>
      e.mentions.some((m) => loadedIds.has(`${t.docs} ${m.docId}`)),
    );
    if (timeline.events.length === 0) continue;
    const score = scoreTimeline(
      timeline,
      (docId, s) => rowsBySentence.get(`${t.docs} ${docId} ${s}`) ?? [],
      laneNames,
    );
    timelineScores.push(score);
    const asParticipant = scoreTimeline(
      timeline,
      (docId, s) => rowsBySentence.get(`${t.docs} ${docId} ${s}`) ?? [],
      participantNames,
    );
    participantHits += asParticipant.hits;
    if (values.verbose) {
      out.push('', `== timeline ${timeline.entity} (${t.docs}), taking part in any role`);
      for (const e of asParticipant.events) {
        const where = e.event.mentions.map((m) => `${m.docId}-${m.sentence}-${m.word}`).join(' ');
        const lane = e.hit ? laneAndParties(e.hit) : '';
        const got = e.hit ? `ok    ${e.hit.start}  ${lane}  "${e.hit.title}"` : 'MISS';
        out.push(`    ${e.event.date.padEnd(10)} ${got}  ${where}`);
        if (e.hit) continue;
        // What the sentences of a missed event gave instead: no row, a row on another lane, another day.
        for (const m of e.event.mentions) {
          for (const row of rowsBySentence.get(`${t.docs} ${m.docId} ${m.sentence}`) ?? []) {
            out.push(`               got ${row.start} ${laneAndParties(row)}  "${row.title}"`);
          }
        }
      }
    }
  }
}
const dated = timelineScores.reduce((n, s) => n + s.dated, 0);
const hits = timelineScores.reduce((n, s) => n + s.hits, 0);
out.push('', '== entity timelines: dated gold events on the entity lane at the gold precision ==');
for (const s of timelineScores)
  out.push(
    `${s.entity.padEnd(30)} ${String(s.hits).padStart(3)} / ${String(s.dated).padStart(3)}  ${pct(s.dated ? s.hits / s.dated : 0)}`,
  );
out.push(
  `${'micro-average'.padEnd(30)} ${String(hits).padStart(3)} / ${String(dated).padStart(3)}  ${pct(dated ? hits / dated : 0)}`,
  `${'... as a participant'.padEnd(30)} ${String(participantHits).padStart(3)} / ${String(dated).padStart(3)}  ${pct(dated ? participantHits / dated : 0)}  (lane, people or other actors)`,
);

const m = pairMetrics(total);
const round = (x: number): number | null => (Number.isNaN(x) ? null : Math.round(x * 1000) / 1000);
const summary = {
  eval: 'events',
  docs: loaded.length,
  dated_pairs: {
    gold: total.gold,
    rows: total.rows,
    p: round(m.precision),
    r: round(m.recall),
    f1: round(m.f1),
    lenient_p: round(m.lenientPrecision),
    lenient_r: round(m.lenientRecall),
    lenient_f1: round(m.lenientF1),
    actor_acc: round(m.actorAccuracy),
    actor_n: total.actorScored,
  },
  entity_timelines: {
    entities: timelineScores.length,
    events: dated,
    hits,
    micro: round(dated ? hits / dated : 0),
    participant_hits: participantHits,
    participant_micro: round(dated ? participantHits / dated : 0),
    per_entity: Object.fromEntries(
      timelineScores.map((s) => [s.entity, round(s.dated ? s.hits / s.dated : 0)]),
    ),
  },
};
out.push('', JSON.stringify(summary));
process.stdout.write(`${out.join('\n')}\n`);
