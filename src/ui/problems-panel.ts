/**
 * The problems panel: every rejected row with file, line, field and reason, plus header notices. Shown when
 * a load reports problems; dismissable. Long lists render in pages so a million bad rows cannot freeze it.
 */
import type { LoadProblem } from '../io/load-problem';
import type { Store } from './store';

/** Rows rendered per page of the list; more appear with "show more". */
const PAGE_SIZE = 500;

export function mountProblemsPanel(
  store: Store,
  panel: HTMLElement,
  notices: () => readonly LoadProblem[],
): { refresh: () => void } {
  const list = panel.querySelector('#problems-list');
  const title = panel.querySelector('#problems-title');
  const dismiss = panel.querySelector('#problems-dismiss');
  if (!list || !title || !dismiss) throw new Error('problems panel is incomplete');
  dismiss.addEventListener('click', () => store.update({ problemsDismissed: true }));
  let shownProblems: readonly LoadProblem[] | null = null;
  let shownNotices: readonly LoadProblem[] | null = null;
  let limit = PAGE_SIZE;

  const item = (p: LoadProblem, className: string): HTMLLIElement => {
    const li = document.createElement('li');
    li.className = className;
    const where = document.createElement('span');
    where.className = 'problem-where';
    where.textContent = p.line > 0 ? `${p.file} line ${p.line}` : p.file;
    const field = document.createElement('span');
    field.className = 'problem-field';
    field.textContent = p.field;
    const reason = document.createElement('span');
    reason.className = 'problem-reason';
    reason.textContent = p.reason;
    // Spaces between the parts keep "line 14" a separate word for people, screen readers and search.
    li.append(where, ' ', field, p.field ? ': ' : '', reason);
    return li;
  };

  const render = (problems: readonly LoadProblem[], headerNotices: readonly LoadProblem[]) => {
    list.replaceChildren();
    for (const n of headerNotices) list.appendChild(item(n, 'notice'));
    for (const p of problems.slice(0, limit)) list.appendChild(item(p, 'problem'));
    if (problems.length > limit) {
      const li = document.createElement('li');
      const more = document.createElement('button');
      more.type = 'button';
      more.textContent = `Show ${Math.min(PAGE_SIZE, problems.length - limit).toLocaleString('en')} more of ${(problems.length - limit).toLocaleString('en')}`;
      more.addEventListener('click', () => {
        limit += PAGE_SIZE;
        render(problems, headerNotices);
      });
      li.appendChild(more);
      list.appendChild(li);
    }
    const rows = problems.length;
    title.textContent =
      rows > 0
        ? `${rows.toLocaleString('en')} row${rows === 1 ? '' : 's'} not loaded`
        : `${headerNotices.length} notice${headerNotices.length === 1 ? '' : 's'} about the file`;
  };

  const refresh = () => {
    const s = store.state;
    const headerNotices = notices();
    const any = s.problems.length > 0 || headerNotices.length > 0;
    panel.hidden = !any || s.problemsDismissed;
    if (panel.hidden) return;
    if (shownProblems !== s.problems || shownNotices !== headerNotices) {
      shownProblems = s.problems;
      shownNotices = headerNotices;
      limit = PAGE_SIZE;
      render(s.problems, headerNotices);
    }
  };
  return { refresh };
}
