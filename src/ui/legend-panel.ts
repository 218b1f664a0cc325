/**
 * Fills #legend: the glyphs of the event types the data holds, under their family headings (all 37 would
 * be a page of rows for a data set that uses eight), then how dates, factuality, quantity and clusters are
 * drawn. The type rows are rebuilt only when the set of types present changes.
 */
import { EVENT_TYPES } from '../model/event-record';
import { EVENT_TYPE_INFO, groupTypesByFamily } from '../model/event-type-info';
import { glyphIcon } from '../render/legend';
import type { Store } from './store';

const ENCODINGS: readonly { sample: string; text: string }[] = [
  { sample: 'span', text: 'Range, or a date known only to the month/quarter/year' },
  { sample: 'soft', text: 'Approximate date (soft edges)' },
  { sample: 'hollow', text: 'Planned or possible (hollow); crossed out when denied' },
  { sample: 'count', text: 'Number beside a mark: quantity (8 missiles); bigger marks, bigger numbers' },
  { sample: 'cluster', text: 'Badge: several events too close to show apart; click to zoom' },
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
    if (sample === 'count') swatch.textContent = '8';
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
