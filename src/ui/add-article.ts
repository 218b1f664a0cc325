/**
 * "Add article": paste or drop plain text, confirm the reference date, and the extraction core runs in a
 * Web Worker; the events it finds join the timeline marked as new. The date is proposed by a first run that
 * reads the dateline, and the user can change it before adding.
 */
import type { ActorsFile } from '../model/actor';
import type { EventRecord } from '../model/event-record';
import type { ExtractRequest, ExtractResponse } from './extract-protocol';

/** Wait this long after typing stops before proposing a date: a paste is one event, typing is many. */
const DETECT_DEBOUNCE_MS = 400;

export interface AddArticleDeps {
  actors(): ActorsFile;
  addEvents(events: readonly EventRecord[], name: string): void;
}

export function mountAddArticle(
  byId: (id: string) => HTMLElement,
  deps: AddArticleDeps,
): (text: string, name: string) => void {
  const dialog = byId('add-article-dialog') as HTMLDialogElement;
  const textArea = byId('article-text') as HTMLTextAreaElement;
  const dateInput = byId('article-ref-date') as HTMLInputElement;
  const source = byId('article-ref-source');
  const status = byId('article-status');
  const submit = byId('article-submit') as HTMLButtonElement;
  let worker: Worker | null = null;
  let serial = 0;
  let fileName = 'pasted-article.txt';
  let dateEdited = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pending = new Map<number, (r: ExtractResponse) => void>();

  const run = (refDate: string): Promise<ExtractResponse> => {
    worker ??= createWorker(pending);
    const id = ++serial;
    const request: ExtractRequest = { id, fileName, text: textArea.value, actors: deps.actors(), refDate };
    return new Promise((resolve) => {
      pending.set(id, resolve);
      worker?.postMessage(request);
    });
  };

  const detect = async () => {
    if (!textArea.value.trim() || dateEdited) return;
    source.textContent = 'Reading the dateline…';
    const result = await run('');
    if (dateEdited) return;
    const found = result.ok ? result.refDates.find(Boolean) : undefined;
    if (found) {
      dateInput.value = found;
      source.textContent = 'found in the article; change it if it is wrong';
    } else {
      source.textContent = 'no date found: please enter when the article was published';
    }
  };

  const open = (text: string, name: string) => {
    textArea.value = text;
    fileName = name.endsWith('.txt') ? name : `${name.replace(/\s+/g, '-')}.txt`;
    dateEdited = false;
    dateInput.value = '';
    status.textContent = '';
    source.textContent = '';
    if (!dialog.open) dialog.showModal();
    void detect();
  };

  byId('add-article').addEventListener('click', () => open('', 'pasted-article.txt'));
  byId('article-cancel').addEventListener('click', () => dialog.close());
  textArea.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void detect(), DETECT_DEBOUNCE_MS);
  });
  dateInput.addEventListener('input', () => {
    dateEdited = true;
    source.textContent = '';
  });
  dialog.addEventListener('dragover', (e) => e.preventDefault());
  dialog.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    e.stopPropagation();
    void file.text().then((text) => open(text, file.name));
  });
  submit.addEventListener('click', () => {
    if (!textArea.value.trim()) {
      status.textContent = 'Paste an article first.';
      return;
    }
    if (!dateInput.value) {
      status.textContent = 'Please confirm the date the article was published: relative dates depend on it.';
      dateInput.focus();
      return;
    }
    submit.disabled = true;
    status.textContent = 'Extracting…';
    void run(dateInput.value).then((result) => {
      submit.disabled = false;
      if (!result.ok) {
        status.textContent = `Extraction failed: ${result.error}`;
        return;
      }
      if (!result.events.length) {
        status.textContent = result.errors.length
          ? result.errors.join('; ')
          : 'No dated events found in this text.';
        return;
      }
      deps.addEvents(result.events, fileName);
      status.textContent = '';
      dialog.close();
    });
  });
  return open;
}

function createWorker(pending: Map<number, (r: ExtractResponse) => void>): Worker {
  const worker = new Worker(new URL('./extract-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<ExtractResponse>) => {
    const resolve = pending.get(event.data.id);
    pending.delete(event.data.id);
    resolve?.(event.data);
  };
  worker.onerror = (e) => {
    for (const [id, resolve] of pending)
      resolve({ id, ok: false, error: e.message || 'the extraction worker failed' });
    pending.clear();
  };
  return worker;
}
