/** Light/dark theme: follows the system until the user picks one with the toggle. */
import type { ThemeColors } from '../model/palette';
import { DARK_THEME, LIGHT_THEME } from '../model/palette';
import type { Store, ThemeChoice } from './store';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** One query object, kept: matchMedia parses and evaluates the query anew on every call, in every frame. */
let darkQuery: MediaQueryList | null = null;
const systemDark = (): MediaQueryList => (darkQuery ??= window.matchMedia(DARK_QUERY));

export function effectiveTheme(choice: ThemeChoice): 'light' | 'dark' {
  if (choice !== 'system') return choice;
  return systemDark().matches ? 'dark' : 'light';
}

export function themeColors(choice: ThemeChoice): ThemeColors {
  return effectiveTheme(choice) === 'dark' ? DARK_THEME : LIGHT_THEME;
}

export function mountTheme(store: Store, toggle: HTMLButtonElement, onChange: () => void): void {
  const apply = () => {
    const name = effectiveTheme(store.state.theme);
    document.documentElement.dataset.theme = name;
    toggle.setAttribute('aria-pressed', String(name === 'dark'));
    toggle.textContent = name === 'dark' ? '☀' : '☾';
    toggle.title = name === 'dark' ? 'Switch to light theme' : 'Switch to dark theme';
    onChange();
  };
  toggle.addEventListener('click', () => {
    store.update({ theme: effectiveTheme(store.state.theme) === 'dark' ? 'light' : 'dark' });
  });
  systemDark().addEventListener('change', () => {
    if (store.state.theme === 'system') apply();
  });
  store.subscribe((s, prev) => {
    if (s.theme !== prev.theme) apply();
  });
  apply();
}
