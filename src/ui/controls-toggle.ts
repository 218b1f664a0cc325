/**
 * On phones (see app.css) the file, export and theme buttons and the Key events and Lanes menus fold behind
 * one Controls button, so the chart gets the screen; elsewhere the button is not shown and they all stay in
 * view. Escape inside the open controls folds them and returns focus to the button.
 */
export function mountControlsToggle(doc: Document): void {
  const toggle = doc.getElementById('controls-toggle');
  if (!toggle) return;
  const parts = (toggle.getAttribute('aria-controls') ?? '')
    .split(/\s+/)
    .map((id) => doc.getElementById(id))
    .filter((el): el is HTMLElement => el !== null);
  const isOpen = () => doc.body.classList.contains('controls-open');
  const setOpen = (open: boolean) => {
    doc.body.classList.toggle('controls-open', open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => setOpen(!isOpen()));
  for (const part of parts) {
    part.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || !isOpen()) return;
      setOpen(false);
      toggle.focus();
      e.preventDefault();
    });
  }
}
