/**
 * Writes text with highlighted ranges into an element as text nodes and <mark> elements: never innerHTML,
 * so markup in the data stays visible text.
 */
import type { TextRange } from '../model/text-match';

export interface Highlight extends TextRange {
  className: string;
}

export function renderHighlighted(el: HTMLElement, text: string, highlights: readonly Highlight[]): void {
  const doc = el.ownerDocument;
  el.replaceChildren();
  const sorted = [...highlights].sort((a, b) => a.start - b.start);
  let at = 0;
  for (const h of sorted) {
    if (h.start < at || h.end <= h.start) continue;
    if (h.start > at) el.appendChild(doc.createTextNode(text.slice(at, h.start)));
    const mark = doc.createElement('mark');
    mark.className = h.className;
    mark.textContent = text.slice(h.start, h.end);
    el.appendChild(mark);
    at = h.end;
  }
  if (at < text.length) el.appendChild(doc.createTextNode(text.slice(at)));
}
