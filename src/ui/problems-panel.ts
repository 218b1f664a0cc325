/**
 * The problems panel: every rejected row with file, line, field and reason, plus header notices and merge
 * conflicts (a merged row that replaced a loaded row with the same id: which replaced which, what differs,
 * and a choice between keeping the new rows and keeping both). Shown when a load reports any of these;
 * dismissable. Long lists render in pages so a million bad rows cannot freeze it.
 */
import type { LoadProblem } from '../io/load-problem';
import type { ConflictChoice, MergeConflict, MergeConflictGroup } from '../model/merge-conflicts';
import type { Store } from './store';

/** Rows rendered per page of the list; more appear with "show more". */
const PAGE_SIZE = 500;
/** A title longer than this is cut in a conflict line; the detail panel shows it whole. */
const TITLE_CHARS = 80;

export interface ConflictSource {
  groups(): readonly MergeConflictGroup[];
  resolve(group: MergeConflictGroup, choice: Exclude<ConflictChoice, 'pending'>): Promise<void>;
}

const NO_CONFLICTS: ConflictSource = { groups: () => [], resolve: () => Promise.resolve() };

export function mountProblemsPanel(
  store: Store,
  panel: HTMLElement,
  notices: () => readonly LoadProblem[],
  conflicts: ConflictSource = NO_CONFLICTS,
): { refresh: () => void } {
  const list = panel.querySelector('#problems-list');
  const title = panel.querySelector('#problems-title');
  const dismiss = panel.querySelector('#problems-dismiss');
  if (!list || !title || !dismiss) throw new Error('problems panel is incomplete');
  dismiss.addEventListener('click', () => store.update({ problemsDismissed: true }));
  let shownProblems: readonly LoadProblem[] | null = null;
  let shownNotices: readonly LoadProblem[] | null = null;
  let shownGroups: readonly MergeConflictGroup[] | null = null;
  let limit = PAGE_SIZE;

  const line = (where: string, field: string, reason: string, className: string): HTMLLIElement => {
    const li = document.createElement('li');
    li.className = className;
    const w = document.createElement('span');
    w.className = 'problem-where';
    w.textContent = where;
    const f = document.createElement('span');
    f.className = 'problem-field';
    f.textContent = field;
    const r = document.createElement('span');
    r.className = 'problem-reason';
    r.textContent = reason;
    // Spaces between the parts keep "line 14" a separate word for people, screen readers and search.
    li.append(w, ' ', f, field ? ': ' : '', r);
    return li;
  };
  const item = (p: LoadProblem, className: string): HTMLLIElement =>
    line(p.line > 0 ? `${p.file} line ${p.line}` : p.file, p.field, p.reason, className);

  const groupHead = (g: MergeConflictGroup): HTMLLIElement => {
    const li = document.createElement('li');
    li.className = 'conflict-group';
    const n = g.conflicts.length;
    const text = document.createElement('span');
    text.className = 'conflict-summary';
    const rows = `${n.toLocaleString('en')} row${n === 1 ? '' : 's'}`;
    const had = `${g.file}: ${rows} had the id of a loaded event with different content`;
    text.textContent =
      g.choice === 'pending'
        ? `${had} and replaced it. Keep the new rows, or keep both?`
        : g.choice === 'keep-new'
          ? `${had}: kept the new rows${g.stale ? ' (the loaded rows could no longer be restored)' : ''}.`
          : `${had}: kept both; the new rows have new ids (…~2).`;
    li.append(text);
    if (g.choice === 'pending') {
      const actions = document.createElement('span');
      actions.className = 'conflict-actions';
      const button = (label: string, choice: Exclude<ConflictChoice, 'pending'>, hint: string) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = label;
        b.title = hint;
        b.dataset.choice = choice;
        b.addEventListener('click', () => {
          for (const other of actions.querySelectorAll('button')) other.disabled = true;
          void conflicts.resolve(g, choice);
        });
        return b;
      };
      actions.append(
        button('Keep new', 'keep-new', 'The new rows replace the loaded ones (as shown now)'),
        ' ',
        button('Keep both', 'keep-both', 'Restore the loaded rows and keep the new ones under new ids'),
      );
      li.append(' ', actions);
    }
    return li;
  };

  const conflictItem = (g: MergeConflictGroup, c: MergeConflict): HTMLLIElement => {
    const where = c.line > 0 ? `${g.file} line ${c.line}` : g.file;
    const renamed = g.renamed.get(c.id);
    const verb = g.choice === 'keep-both' && renamed ? `kept as ${renamed} beside` : 'replaced';
    const reason =
      `${describe(c.incoming.title, c.incoming.start)} ${verb} ${describe(c.loaded.title, c.loaded.start)}` +
      `; differs in ${c.fields.join(', ')}`;
    return line(where, `id ${c.id}`, reason, 'conflict');
  };

  const render = (
    problems: readonly LoadProblem[],
    headerNotices: readonly LoadProblem[],
    groups: readonly MergeConflictGroup[],
  ) => {
    list.replaceChildren();
    for (const n of headerNotices) list.appendChild(item(n, 'notice'));
    let budget = limit;
    let hidden = 0;
    for (const g of groups) {
      if (g.repeats > 0) {
        const reason = `${g.repeats.toLocaleString('en')} row${g.repeats === 1 ? ' was' : 's were'} already loaded with the same content: kept once`;
        list.appendChild(line(g.file, '', reason, 'notice'));
      }
      if (!g.conflicts.length) continue;
      list.appendChild(groupHead(g));
      const shown = g.conflicts.slice(0, Math.max(0, budget));
      for (const c of shown) list.appendChild(conflictItem(g, c));
      budget -= shown.length;
      hidden += g.conflicts.length - shown.length;
    }
    const shownProblems = problems.slice(0, Math.max(0, budget));
    for (const p of shownProblems) list.appendChild(item(p, 'problem'));
    hidden += problems.length - shownProblems.length;
    if (hidden > 0) {
      const li = document.createElement('li');
      const more = document.createElement('button');
      more.type = 'button';
      more.textContent = `Show ${Math.min(PAGE_SIZE, hidden).toLocaleString('en')} more of ${hidden.toLocaleString('en')}`;
      more.addEventListener('click', () => {
        limit += PAGE_SIZE;
        render(problems, headerNotices, groups);
      });
      li.appendChild(more);
      list.appendChild(li);
    }
    const rows = problems.length;
    const conflicted = groups.reduce((n, g) => n + g.conflicts.length, 0);
    const parts: string[] = [];
    if (rows > 0) parts.push(`${rows.toLocaleString('en')} row${rows === 1 ? '' : 's'} not loaded`);
    if (conflicted > 0)
      parts.push(`${conflicted.toLocaleString('en')} id conflict${conflicted === 1 ? '' : 's'}`);
    const noticeCount = headerNotices.length + groups.filter((g) => g.repeats > 0).length;
    title.textContent = parts.length
      ? parts.join(' · ')
      : `${noticeCount} notice${noticeCount === 1 ? '' : 's'} about the file`;
  };

  const refresh = () => {
    const s = store.state;
    const headerNotices = notices();
    const groups = conflicts.groups();
    const any = s.problems.length > 0 || headerNotices.length > 0 || groups.length > 0;
    panel.hidden = !any || s.problemsDismissed;
    if (panel.hidden) return;
    if (shownProblems !== s.problems || shownNotices !== headerNotices || shownGroups !== groups) {
      shownProblems = s.problems;
      shownNotices = headerNotices;
      shownGroups = groups;
      limit = PAGE_SIZE;
      render(s.problems, headerNotices, groups);
    }
  };
  return { refresh };
}

/** `"Title" (2022-03-01)`, the title cut to TITLE_CHARS. */
function describe(title: string, start: string): string {
  const cut = title.length > TITLE_CHARS ? `${title.slice(0, TITLE_CHARS - 1)}…` : title;
  return `"${cut}" (${start})`;
}
