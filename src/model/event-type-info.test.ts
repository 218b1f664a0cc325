import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from './event-record';
import type { EventType } from './event-record';
import {
  EVENT_FAMILIES,
  EVENT_TYPE_INFO,
  eventTypeInfo,
  FAMILY_LABELS,
  GLYPH_NAMES,
  groupTypesByFamily,
  typesOfFamily,
} from './event-type-info';

/** The README's event-type table, made from the registry: the README must hold exactly this text. */
function readmeTable(): string {
  const rows = EVENT_TYPES.map((t) => {
    const info = EVENT_TYPE_INFO[t];
    return `| \`${t}\` | ${info.label} | ${info.family} | ${info.glyph} | ${info.ace ? `\`${info.ace}\`` : '–'} | ${info.titleVerb.present} |`;
  });
  return [
    '| type | label | family | glyph | ACE 2005 | title verb |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

describe('event type registry', () => {
  it('describes every type, and every type has a glyph of its own', () => {
    expect(Object.keys(EVENT_TYPE_INFO).sort()).toEqual([...EVENT_TYPES].sort());
    const glyphs = EVENT_TYPES.map((t) => EVENT_TYPE_INFO[t].glyph);
    expect(new Set(glyphs).size).toBe(EVENT_TYPES.length);
    for (const g of glyphs) expect(GLYPH_NAMES).toContain(g);
  });

  it('keeps the glyphs of the original thirteen types', () => {
    const original: Partial<Record<EventType, string>> = {
      statement: 'circle',
      meeting: 'square',
      travel: 'triangle-right',
      agreement: 'diamond',
      sanctions: 'x',
      'missile-test': 'triangle-up',
      'nuclear-test': 'star',
      'military-exercise': 'hexagon',
      deployment: 'triangle-down',
      attack: 'burst',
      'military-operation': 'pentagon',
      ceasefire: 'plus',
      other: 'dot',
    };
    for (const [type, glyph] of Object.entries(original)) {
      expect(EVENT_TYPE_INFO[type as EventType].glyph).toBe(glyph);
    }
  });

  it('maps types to their ACE 2005 subtypes, and types ACE has no event for to none', () => {
    const ace = Object.fromEntries(EVENT_TYPES.map((t) => [t, EVENT_TYPE_INFO[t].ace]));
    expect(ace).toMatchObject({
      statement: '',
      meeting: 'Contact:Meet',
      travel: 'Movement:Transport',
      deployment: 'Movement:Transport',
      attack: 'Conflict:Attack',
      'military-operation': 'Conflict:Attack',
      protest: 'Conflict:Demonstrate',
      election: 'Personnel:Elect',
      appointment: 'Personnel:Start-Position',
      resignation: 'Personnel:End-Position',
      layoffs: 'Personnel:End-Position',
      arrest: 'Justice:Arrest-Jail',
      charge: 'Justice:Charge-Indict',
      lawsuit: 'Justice:Sue',
      trial: 'Justice:Trial-Hearing',
      verdict: 'Justice:Convict',
      acquisition: 'Business:Merge-Org',
      transaction: 'Transaction:Transfer-Ownership',
      bankruptcy: 'Business:Declare-Bankruptcy',
      founding: 'Business:Start-Org',
      closure: 'Business:End-Org',
      death: 'Life:Die',
      injury: 'Life:Injure',
      investigation: '',
      'product-launch': '',
      other: '',
    });
  });

  it('gives every type a label and title verbs that read after an actor', () => {
    for (const t of EVENT_TYPES) {
      const { label, titleVerb } = EVENT_TYPE_INFO[t];
      expect(label).toMatch(/^[A-Z][a-z ]+$/);
      for (const form of Object.values(titleVerb)) expect(form).toMatch(/^[a-z][a-z ]*[a-z]$/);
      // "<Actor> <present>": a third-person singular verb first ("files", "is", "cuts", "says").
      expect(titleVerb.present.split(' ')[0]).toMatch(/s$/);
    }
    expect(EVENT_TYPE_INFO.layoffs.titleVerb.present).toBe('cuts jobs');
  });

  it('groups types by family in display order and reads unknown types as other', () => {
    expect(groupTypesByFamily(['verdict', 'statement', 'arrest', 'other'])).toEqual([
      { family: 'diplomacy', label: FAMILY_LABELS.diplomacy, types: ['statement'] },
      { family: 'justice', label: FAMILY_LABELS.justice, types: ['arrest', 'verdict'] },
      { family: 'other', label: FAMILY_LABELS.other, types: ['other'] },
    ]);
    expect(EVENT_FAMILIES.flatMap(typesOfFamily).sort()).toEqual([...EVENT_TYPES].sort());
    expect(eventTypeInfo('time-travel')).toBe(EVENT_TYPE_INFO.other);
  });

  it('is listed in the README as the registry says', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = readmeTable();
    expect(readme.includes(table), `README.md should contain this table:\n\n${table}\n`).toBe(true);
  });
});
