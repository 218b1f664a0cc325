/** Fills #legend: one row per event-type glyph, then how dates, factuality, quantity and clusters are drawn. */
import { EVENT_TYPES } from '../model/event-record';
import { glyphIcon } from '../render/legend';

const ENCODINGS: readonly { sample: string; text: string }[] = [
  { sample: 'span', text: 'Range, or a date known only to the month/quarter/year' },
  { sample: 'soft', text: 'Approximate date (soft edges)' },
  { sample: 'hollow', text: 'Planned or possible (hollow); crossed out when denied' },
  { sample: 'count', text: 'Number beside a mark: quantity (8 missiles); bigger marks, bigger numbers' },
  { sample: 'cluster', text: 'Badge: several events too close to show apart; click to zoom' },
];

export function mountLegend(root: HTMLElement): void {
  const doc = root.ownerDocument;
  for (const type of EVENT_TYPES) {
    const row = doc.createElement('div');
    row.className = 'legend-row';
    row.dataset.type = type;
    const label = doc.createElement('span');
    label.textContent = type.replace(/-/g, ' ');
    row.append(glyphIcon(doc, type), label);
    root.appendChild(row);
  }
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
}
