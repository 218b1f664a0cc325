/**
 * "Copy link": copies the address of the current view (range, filters, selection live in the URL hash) and
 * says what it brings along. A link cannot carry data that only this browser has (an opened or merged
 * file, an added article): whoever opens it gets the bundled data instead, and the message says so plainly
 * rather than letting the user find out from the person they sent it to.
 */

/** How long the message stays, ms: long enough to read two sentences. */
const MESSAGE_MS = 15_000;

export interface CopyLinkDeps {
  /** True when the shown data holds something only this browser has. */
  isLocal(): boolean;
  /** The shown data set's name, for the message. */
  dataName(): string;
}

export function mountCopyLink(button: HTMLButtonElement, message: HTMLElement, deps: CopyLinkDeps): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The live region stays in the page and is emptied to hide it: a region that was display:none is not
  // announced reliably when it appears.
  const hide = () => {
    clearTimeout(timer);
    message.textContent = '';
  };
  const show = (text: string, warn: boolean) => {
    clearTimeout(timer);
    message.textContent = text;
    message.classList.toggle('warn', warn);
    timer = setTimeout(hide, MESSAGE_MS);
  };
  // A title that says it before the click, too.
  const refreshTitle = () => {
    button.title = deps.isLocal()
      ? 'Copy a link to this view; the data shown is only in this browser and does not go with the link'
      : 'Copy a link to this view';
  };
  button.addEventListener('pointerenter', refreshTitle);
  button.addEventListener('focus', refreshTitle);
  button.addEventListener('click', () => {
    const url = window.location.href;
    void copyText(url).then((copied) => {
      const head = copied ? 'Link copied.' : `Copy this link by hand: ${url}`;
      if (deps.isLocal()) {
        show(
          `${head} It points at data only this browser has (${deps.dataName()}): anyone else who opens it ` +
            'sees the bundled data, not yours. To share the data, export it as CSV and send the file.',
          true,
        );
      } else show(`${head} It opens this view of the bundled data.`, false);
    });
  });
  message.addEventListener('click', hide);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && message.textContent) hide();
  });
}

/** The Clipboard API where the page may use it, else the older copy command; false when neither works. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const active = document.activeElement;
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.appendChild(area);
    area.select();
    // execCommand is deprecated but is the only fallback where the Clipboard API is refused (no focus, http).
    const ok = document.execCommand('copy');
    area.remove();
    if (active instanceof HTMLElement) active.focus();
    return ok;
  }
}
