/**
 * `npm run build:actors`: writes data/actors.json from the world-countries package (every UN member state)
 * and the hand-kept data/actors-hand.json, applying data/actor-ambiguous-names.json and
 * data/actor-alt-spellings.json (rules in scripts/merge-actors.ts). Edit those files, not actors.json.
 * The output is deterministic and written to a temporary file first, so a failed run never leaves a
 * half-written actors.json for the extractor or the app.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Country } from 'world-countries';
import { createActorMatcher, parseActorsFile } from '../src/extract/actors';
import { mergeActors, parseAltSpellingRules, parseAmbiguousNames } from './merge-actors';

const ROOT = join(import.meta.dirname, '..');
const HAND = 'data/actors-hand.json';
const AMBIGUOUS = 'data/actor-ambiguous-names.json';
const ALT_SPELLINGS = 'data/actor-alt-spellings.json';
const OUT = 'data/actors.json';

function read(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

function fail(message: string): never {
  console.error(`build:actors: ${message}`);
  process.exit(1);
}

// The package's ESM entry re-exports a JSON module, which Node 20 loads only with an import attribute.
const countries = createRequire(import.meta.url)('world-countries') as Country[];
const hand = parseActorsFile(read(HAND), HAND);
if (!hand.ok) fail(hand.error);
const ambiguous = parseAmbiguousNames(read(AMBIGUOUS), AMBIGUOUS);
if (!ambiguous.ok) fail(ambiguous.error);
const altSpellings = parseAltSpellingRules(read(ALT_SPELLINGS), ALT_SPELLINGS);
if (!altSpellings.ok) fail(altSpellings.error);

const merged = mergeActors({
  countries,
  hand: hand.value.actors,
  ambiguous: ambiguous.value,
  altSpellings: altSpellings.value,
});
if (!merged.ok) fail(merged.error);

const text = `${JSON.stringify(merged.value, null, 2)}\n`;
// What the extractor will read must load: check it before it replaces the old file.
const check = parseActorsFile(text, OUT);
if (!check.ok) fail(check.error);
createActorMatcher(check.value.actors);

const target = join(ROOT, OUT);
const temp = `${target}.${process.pid}.tmp`;
writeFileSync(temp, text);
renameSync(temp, target);
const states = merged.value.actors.filter((a) => a.kind === 'state').length;
console.log(`${OUT}: ${merged.value.actors.length} actors (${states} states), ${text.length} bytes`);
