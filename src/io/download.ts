/** Saves a Blob as a file through a temporary link; the link and its object URL are removed right after. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is ample for the save to start.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
