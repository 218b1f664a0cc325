/**
 * The "?" dialog listing every keyboard shortcut. Built here rather than in index.html so the list and the
 * keys in keyboard.ts are read side by side; shown with showModal, so focus is trapped and Escape closes it.
 */

/** Keys and what they do, in the order a newcomer needs them. */
export const SHORTCUTS: readonly (readonly [keys: string, action: string])[] = [
  ['Tab', 'Move between controls; the chart is one stop'],
  ['Enter or ↓ on the chart', 'Select the event nearest the middle of the view and open its details'],
  ['← →', 'Previous / next event in the lane (with no event selected: pan)'],
  ['↑ ↓', 'Nearest event in time in the lane above / below'],
  ['Enter on a selected event', 'Move focus into the details panel'],
  ['Page Up / Page Down in the details', 'Previous / next event in the lane'],
  ['Escape', 'Close the details (again: leave the search box)'],
  ['Shift + ← →', 'Pan a whole screen'],
  ['[ ]', 'Pan a fifth of the screen'],
  ['+ or =', 'Zoom in'],
  ['−', 'Zoom out'],
  ['Home', 'Fit everything'],
  ['?', 'This list'],
];

export function mountShortcutsDialog(doc: Document = document): { open: () => void } {
  const dialog = doc.createElement('dialog');
  dialog.id = 'shortcuts-dialog';
  dialog.setAttribute('aria-labelledby', 'shortcuts-title');
  const title = doc.createElement('h2');
  title.id = 'shortcuts-title';
  title.textContent = 'Keyboard shortcuts';
  const list = doc.createElement('dl');
  list.className = 'shortcuts';
  for (const [keys, action] of SHORTCUTS) {
    const dt = doc.createElement('dt');
    const kbd = doc.createElement('kbd');
    kbd.textContent = keys;
    dt.appendChild(kbd);
    const dd = doc.createElement('dd');
    dd.textContent = action;
    list.append(dt, dd);
  }
  const close = doc.createElement('button');
  close.type = 'button';
  close.id = 'shortcuts-close';
  close.textContent = 'Close';
  close.addEventListener('click', () => dialog.close());
  const actions = doc.createElement('div');
  actions.className = 'dialog-actions';
  actions.appendChild(close);
  dialog.append(title, list, actions);
  doc.body.appendChild(dialog);
  return {
    open: () => {
      if (!dialog.open) dialog.showModal();
      close.focus();
    },
  };
}
