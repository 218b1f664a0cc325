/**
 * Opening files: the file input and drag-and-drop anywhere on the page. A dropped CSV replaces the data
 * (hold Shift, or tick "merge", to merge it in); a dropped plain-text file goes to the add-article dialog.
 */
import type { LoadMode } from './data-loader';

export interface FileTargets {
  loadCsv(file: File, mode: LoadMode): Promise<void>;
  /** Opens the add-article dialog with dropped text or a dropped .txt file (checked there). */
  openArticle(source: string | Blob, name: string): void;
  mergeChosen(): boolean;
}

export function mountFileDrop(input: HTMLInputElement, overlay: HTMLElement, targets: FileTargets): void {
  const handle = async (files: readonly File[], merge: boolean) => {
    for (const [i, file] of files.entries()) {
      if (isCsv(file)) {
        await targets.loadCsv(file, merge || i > 0 ? 'merge' : 'replace');
      } else if (isText(file)) {
        targets.openArticle(file, file.name);
      }
    }
  };
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    void handle(files, targets.mergeChosen());
  });
  let depth = 0;
  const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
  document.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    depth++;
    overlay.hidden = false;
  });
  document.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  document.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  });
  document.addEventListener('drop', (e) => {
    depth = 0;
    overlay.hidden = true;
    const files = [...(e.dataTransfer?.files ?? [])];
    if (!files.length) {
      const text = e.dataTransfer?.getData('text/plain') ?? '';
      if (text.trim()) {
        e.preventDefault();
        targets.openArticle(text, 'dropped text');
      }
      return;
    }
    e.preventDefault();
    void handle(files, e.shiftKey || targets.mergeChosen());
  });
}

function isCsv(file: File): boolean {
  return /\.(csv|tsv)$/i.test(file.name) || file.type === 'text/csv';
}

function isText(file: File): boolean {
  return /\.txt$/i.test(file.name) || file.type === 'text/plain';
}
