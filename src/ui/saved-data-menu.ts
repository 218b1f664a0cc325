/**
 * What the page says about saved data: a one-line note under the header while the shown data is saved in
 * this browser (or failed to save), and the "Saved data" dialog that lists what is kept and clears it. The
 * dialog opens with showModal, so focus stays in it, Escape closes it and focus returns to the button.
 */
import { bytesLabel, describeSteps, savedNote } from '../model/saved-session';
import type { SavedSummary } from '../model/saved-session';
import type { SavedData } from './saved-data';

export function mountSavedDataMenu(
  saved: SavedData,
  button: HTMLButtonElement,
  note: HTMLElement,
  doc: Document = document,
): void {
  const dialog = doc.createElement('dialog');
  dialog.id = 'saved-data-dialog';
  dialog.className = 'saved-data-dialog';
  dialog.setAttribute('aria-labelledby', 'saved-data-title');
  const title = el(doc, 'h2', 'Saved data');
  title.id = 'saved-data-title';
  const lead = el(doc, 'p', '');
  lead.id = 'saved-data-lead';
  const facts = doc.createElement('dl');
  facts.className = 'saved-facts';
  const steps = doc.createElement('ol');
  steps.className = 'saved-steps';
  steps.setAttribute('aria-label', 'What is kept, in order');
  const about = el(
    doc,
    'p',
    'Kept in this browser’s own storage for this site only, never uploaded. A copied link does not carry it: ' +
      'to share the data, export it as CSV and send the file.',
  );
  about.className = 'dialog-hint';
  const message = el(doc, 'p', '');
  message.id = 'saved-data-message';
  message.className = 'dialog-hint';
  message.setAttribute('role', 'status');
  const clear = makeButton(doc, 'saved-data-clear', 'Clear saved data');
  clear.title = 'Forget the saved data; what you see stays until you reload, then the bundled data is shown';
  const clearNow = makeButton(doc, 'saved-data-clear-now', 'Clear and show the bundled data');
  const close = makeButton(doc, 'saved-data-close', 'Close');
  close.className = 'primary';
  const actions = doc.createElement('div');
  actions.className = 'dialog-actions';
  actions.append(clear, clearNow, close);
  dialog.append(title, lead, facts, steps, about, message, actions);
  doc.body.appendChild(dialog);

  const render = () => {
    const status = saved.status;
    const summary: SavedSummary | null =
      status.kind === 'saved' ? status.summary : status.kind === 'failed' ? status.kept : null;
    facts.replaceChildren();
    steps.replaceChildren();
    if (!saved.available)
      lead.textContent = 'This browser does not let the page keep data: a reload shows the bundled data.';
    else if (status.kind === 'restoring') lead.textContent = 'Restoring the data saved in this browser…';
    else if (status.kind === 'saving') lead.textContent = `Saving ${status.name} in this browser…`;
    else if (!summary) {
      lead.textContent =
        'Nothing is saved. When you open or merge a CSV or add an article, it is kept in this browser so a reload brings it back.';
    } else lead.textContent = 'A reload shows this data again, until you clear it.';
    if (status.kind === 'failed') lead.textContent = `${capitalise(status.error)}. ${lead.textContent}`;
    if (summary) {
      for (const [term, value] of [
        ['Data', summary.name],
        ['Events', summary.rows.toLocaleString('en')],
        ['Size', bytesLabel(summary.bytes)],
        ['Saved', savedWhen(summary.savedAtMs)],
      ] as const) {
        facts.append(el(doc, 'dt', term), el(doc, 'dd', value));
      }
      if (status.kind === 'saved')
        for (const line of describeSteps(saved.steps)) steps.append(el(doc, 'li', line));
    }
    facts.hidden = !summary;
    steps.hidden = !steps.childElementCount;
    clear.disabled = !summary;
    clearNow.disabled = !summary && !saved.isLocal;
    renderNote();
  };

  const renderNote = () => {
    const status = saved.status;
    note.classList.toggle('failed', status.kind === 'failed');
    if (status.kind === 'saved')
      note.textContent = savedNote(status.summary, savedWhen(status.summary.savedAtMs));
    else if (status.kind === 'saving') note.textContent = `Saving in this browser: ${status.name}…`;
    else if (status.kind === 'restoring') note.textContent = 'Restoring the data saved in this browser…';
    else if (status.kind === 'failed') {
      const kept = status.kept ? ` The data saved before (${status.kept.name}) is still kept.` : '';
      note.textContent = `${capitalise(status.error)}. What you see stays until you reload.${kept}`;
    } else note.textContent = '';
    note.hidden = !note.textContent;
  };

  saved.onChange(render);
  button.addEventListener('click', () => {
    message.textContent = '';
    render();
    dialog.showModal();
    close.focus();
  });
  close.addEventListener('click', () => dialog.close());
  const clearWith = async (showBundled: boolean) => {
    clear.disabled = true;
    clearNow.disabled = true;
    await saved.clear(showBundled);
    const status = saved.status;
    if (status.kind === 'failed') message.textContent = capitalise(status.error);
    else if (showBundled) message.textContent = 'Saved data cleared: the bundled data is shown.';
    else
      message.textContent =
        'Saved data cleared. What you see stays until you reload; a reload shows the bundled data.';
    render();
    close.focus();
  };
  clear.addEventListener('click', () => void clearWith(false));
  clearNow.addEventListener('click', () => void clearWith(true));
  render();
}

/** "today, 2:05 PM" or "May 12, 2025, 2:05 PM", in the reader's time zone. */
function savedWhen(ms: number): string {
  const at = new Date(ms);
  const time = new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(at);
  if (at.toDateString() === new Date().toDateString()) return `today, ${time}`;
  return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.textContent = text;
  return node;
}

function makeButton(doc: Document, id: string, text: string): HTMLButtonElement {
  const b = el(doc, 'button', text);
  b.type = 'button';
  b.id = id;
  return b;
}
