/**
 * Fills #legend: the glyphs of the event types the data holds, under their family headings (all 37 would
 * be a page of rows for a data set that uses eight), then how dates, factuality, quantity and clusters are
 * drawn. The type rows are rebuilt only when the set of types present changes.
 */
import { EVENT_TYPES } from '../model/event-record';
import { EVENT_TYPE_INFO, groupTypesByFamily } from '../model/event-type-info';
import { ENCODING_LABELS } from '../render/export-layout';
import { glyphIcon } from '../render/legend';
import type { Store } from './store';

/** The samples are CSS drawings of render/mark-style.ts's encodings; the words are the exports' legend's. */
const ENCODINGS: readonly { sample: string; text: string }[] = [
  { sample: 'span', text: ENCODING_LABELS.span },
  { sample: 'soft', text: ENCODING_LABELS.soft },
  { sample: 'hollow', text: ENCODING_LABELS.hollow },
  { sample: 'negated', text: ENCODING_LABELS.negated },
  { sample: 'new', text: ENCODING_LABELS.new },
  { sample: 'count', text: `${ENCODING_LABELS.quantity}; bigger marks, bigger numbers` },
  { sample: 'cluster', text: `${ENCODING_LABELS.badge}; click to zoom` },
];

export function mountLegend(root: HTMLElement, store: Store): { refresh: () => void } {
  const doc = root.ownerDocument;
  const types = doc.createElement('div');
  types.className = 'legend-types';
  root.appendChild(types);
  for (const { sample, text } of ENCODINGS) {
    const row = doc.createElement('div');
    row.className = 'legend-row';
    const swatch = doc.createElement('span');
    swatch.className = `legend-sample ${sample}`;
    if (sample === 'count') swatch.textContent = '▲ 31';
    if (sample === 'cluster') swatch.textContent = '12';
    const label = doc.createElement('span');
    label.textContent = text;
    row.append(swatch, label);
    root.appendChild(row);
  }

  let builtFor: string | null = null;
  const refresh = () => {
    const table = store.state.table;
    const present = table ? EVENT_TYPES.filter((_, i) => (table.typeCounts[i] ?? 0) > 0) : [];
    const key = present.join(',');
    if (key === builtFor) return;
    builtFor = key;
    const nodes: HTMLElement[] = [];
    for (const group of groupTypesByFamily(present)) {
      const heading = doc.createElement('h3');
      heading.className = 'legend-family';
      heading.textContent = group.label;
      nodes.push(heading);
      for (const type of group.types) {
        const row = doc.createElement('div');
        row.className = 'legend-row';
        row.dataset.type = type;
        const label = doc.createElement('span');
        label.textContent = EVENT_TYPE_INFO[type].label;
        row.append(glyphIcon(doc, type), label);
        nodes.push(row);
      }
    }
    types.replaceChildren(...nodes);
  };
  refresh();
  return { refresh };
}
