/**
 * "Add article": paste, drop or choose plain text, confirm the reference date, and the extraction core
 * runs in a Web Worker; the events it finds join the timeline marked as new. The date is proposed by
 * reading the datelines only (article-dates.ts), so the extraction runs once, with the confirmed date.
 *
 * Large text never goes into the textarea: a paste or file over INLINE_MAX_CHARS is held aside and shown
 * as a preview of its start (a textarea with megabytes of text takes seconds to lay out and keeps the page
 * slow while it is open). Binary data and oversized files are refused with a message before any work:
 * files by their bytes (io/article-bytes.ts), pasted text by its characters (io/article-text.ts).
 */
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from '../io/article-bytes';
import { checkArticleText } from '../io/article-text';
import type { ActorsFile } from '../model/actor';
import type { EventRecord } from '../model/event-record';
import type { ExtractRequest, ExtractResponse } from './extract-protocol';

/** Wait this long after typing stops before proposing a date: a paste is one event, typing is many. */
const DETECT_DEBOUNCE_MS = 400;
/**
 * Text up to this size goes into the textarea, where it can be edited: about 20 long articles, which
 * Chromium lays out in well under 50 ms. Larger text is held aside with a preview.
 */
const INLINE_MAX_CHARS = 100_000;
/** Characters of held text shown in the preview. */
const PREVIEW_CHARS = 2_000;

export interface AddArticleDeps {
  actors(): ActorsFile;
  addEvents(events: readonly EventRecord[], name: string): void;
}

/** Opens the dialog with text or a file (a dropped .txt), checked before anything else happens. */
export type OpenArticle = (source: string | Blob, name: string) => void;

export function mountAddArticle(byId: (id: string) => HTMLElement, deps: AddArticleDeps): OpenArticle {
  const dialog = byId('add-article-dialog') as HTMLDialogElement;
  const textArea = byId('article-text') as HTMLTextAreaElement;
  const dateInput = byId('article-ref-date') as HTMLInputElement;
  const source = byId('article-ref-source');
  const status = byId('article-status');
  const submit = byId('article-submit') as HTMLButtonElement;
  const preview = byId('article-preview');
  const previewName = byId('article-preview-name');
  const previewText = byId('article-preview-text');
  const fileInput = byId('article-file') as HTMLInputElement;
  let worker: Worker | null = null;
  let serial = 0;
  let fileName = 'pasted-article.txt';
  /** Text too large for the textarea, shown as a preview instead; null when the textarea holds the text. */
  let held: string | null = null;
  let dateEdited = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pending = new Map<number, (r: ExtractResponse) => void>();

  const articleText = () => held ?? textArea.value;

  const run = (kind: ExtractRequest['kind'], refDate: string): Promise<ExtractResponse> => {
    worker ??= createWorker(pending);
    const id = ++serial;
    const request: ExtractRequest = {
      id,
      kind,
      fileName,
      text: articleText(),
      actors: deps.actors(),
      refDate,
    };
    return new Promise((resolve) => {
      pending.set(id, resolve);
      worker?.postMessage(request);
    });
  };

  const detect = async () => {
    if (!articleText().trim() || dateEdited) return;
    source.textContent = 'Reading the dateline…';
    const result = await run('dates', '');
    if (dateEdited) return;
    const found = result.ok ? result.refDates.find(Boolean) : undefined;
    if (found) {
      dateInput.value = found;
      source.textContent = 'found in the article; change it if it is wrong';
    } else {
      source.textContent = 'no date found: please enter when the article was published';
    }
  };

  const reset = (name: string) => {
    fileName = name.endsWith('.txt') ? name : `${name.replace(/\s+/g, '-')}.txt`;
    dateEdited = false;
    dateInput.value = '';
    status.textContent = '';
    source.textContent = '';
    if (!dialog.open) dialog.showModal();
  };

  const hold = (text: string | null) => {
    held = text;
    preview.hidden = text === null;
    textArea.hidden = text !== null;
    if (text === null) return;
    previewName.textContent = `${fileName} · ${sizeLabel(text.length)} · ${text.length > PREVIEW_CHARS ? 'the start of it:' : ''}`;
    previewText.textContent = text.slice(0, PREVIEW_CHARS);
  };

  /** Takes checked text: into the textarea when small, else held with a preview; then proposes a date. */
  const accept = (text: string) => {
    if (text.length > INLINE_MAX_CHARS) {
      textArea.value = '';
      hold(text);
    } else {
      hold(null);
      textArea.value = text;
    }
    void detect();
  };

  const refuse = (error: string) => {
    hold(null);
    textArea.value = '';
    status.textContent = `Not added: ${error}.`;
  };

  const open: OpenArticle = (input, name) => {
    reset(name);
    if (typeof input === 'string') {
      const check = checkArticleText(input, name);
      if (check.ok) accept(input);
      else refuse(check.error);
      return;
    }
    // A file is judged by its bytes: the size before reading it, then binary or not before decoding it.
    if (input.size > MAX_ARTICLE_BYTES) {
      refuse(tooLarge(name, input.size));
      return;
    }
    hold(null);
    textArea.value = '';
    status.textContent = 'Reading the file…';
    void input.arrayBuffer().then((buffer) => {
      const decoded = decodeArticleBytes(new Uint8Array(buffer), name);
      status.textContent = '';
      if (decoded.ok) accept(decoded.value);
      else refuse(decoded.error);
    });
  };

  byId('add-article').addEventListener('click', () => {
    reset('pasted-article.txt');
    hold(null);
    textArea.value = '';
  });
  byId('article-cancel').addEventListener('click', () => dialog.close());
  byId('article-clear').addEventListener('click', () => {
    hold(null);
    textArea.value = '';
    source.textContent = '';
    status.textContent = '';
    textArea.focus();
  });
  byId('article-choose').addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) open(file, file.name);
  });
  // The paste is read from the event, never rendered as a whole: large text goes to the preview and binary
  // junk is refused before the textarea or the extractor sees it.
  textArea.addEventListener('paste', (e) => {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (!text) return;
    const check = checkArticleText(text, 'the pasted text');
    if (!check.ok) {
      e.preventDefault();
      status.textContent = `Not added: ${check.error}.`;
      return;
    }
    status.textContent = '';
    if (textArea.value.length + text.length > INLINE_MAX_CHARS) {
      e.preventDefault();
      fileName = 'pasted-article.txt';
      dateEdited = false;
      accept(text);
    }
  });
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
    open(file, file.name);
  });
  submit.addEventListener('click', () => {
    if (!articleText().trim()) {
      status.textContent = 'Paste an article, or drop or choose a .txt file, first.';
      return;
    }
    if (!dateInput.value) {
      status.textContent = 'Please confirm the date the article was published: relative dates depend on it.';
      dateInput.focus();
      return;
    }
    submit.disabled = true;
    status.textContent = 'Extracting…';
    void run('extract', dateInput.value).then((result) => {
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
      hold(null);
      textArea.value = '';
      dialog.close();
    });
  });
  return open;
}

function tooLarge(name: string, bytes: number): string {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return `${name}: ${mb} MB is too large for an article (limit ${MAX_ARTICLE_BYTES / 1024 / 1024} MB)`;
}

function sizeLabel(chars: number): string {
  return chars >= 1024 * 1024
    ? `${(chars / 1024 / 1024).toFixed(1)} MB`
    : `${Math.round(chars / 1024).toLocaleString('en')} KB`;
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
