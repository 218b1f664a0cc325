import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Box, TitleCandidate } from './label-placement';
import {
  cutTitle,
  LABEL_HEIGHT_PX,
  labelTextWidth,
  MAX_TITLE_PX,
  mayPlaceTitle,
  MIN_TITLE_PX,
  placeLabels,
  placeTitles,
  plainTitleWidth,
  TITLE_HEIGHT_PX,
  titleTextWidth,
} from './label-placement';

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const boxOf = (c: { x: number; y: number; text: string }): Box => ({
  x0: c.x,
  x1: c.x + labelTextWidth(c.text),
  y0: c.y - LABEL_HEIGHT_PX / 2,
  y1: c.y + LABEL_HEIGHT_PX / 2,
});

describe('quantity label placement', () => {
  it('shows a label that has room and hides one that would cover the next mark', () => {
    const marks: Box[] = [
      { x0: 95, x1: 105, y0: 45, y1: 55 },
      { x0: 118, x1: 128, y0: 45, y1: 55 },
      { x0: 300, x1: 310, y0: 45, y1: 55 },
    ];
    const shown = placeLabels(
      [
        { x: 108, y: 50, text: '9.3k' },
        { x: 313, y: 50, text: '8' },
      ],
      marks,
      10,
    );
    expect(shown).toEqual([false, true]);
  });

  it('never puts a label on another label or on a mark', () => {
    const cand = fc.record({
      x: fc.double({ min: 0, max: 400, noNaN: true }),
      y: fc.constantFrom(36, 50, 64),
      text: fc.constantFrom('8', '31', '950', '9.3k', '11k', '1.2M'),
    });
    fc.assert(
      fc.property(
        fc.array(cand, { maxLength: 40 }),
        fc.array(fc.double({ min: 0, max: 400, noNaN: true }), { maxLength: 30 }),
        (cands, markXs) => {
          const sorted = [...cands].sort((a, b) => a.x - b.x);
          const marks = markXs
            .map((x): Box => ({ x0: x - 5, x1: x + 5, y0: 45, y1: 55 }))
            .sort((a, b) => a.x0 - b.x0);
          const shown = placeLabels(sorted, marks, 10);
          const kept = sorted.filter((_, i) => shown[i]).map(boxOf);
          kept.forEach((a, i) => {
            for (const m of marks) expect(overlaps(a, m)).toBe(false);
            for (const b of kept.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
          });
        },
      ),
    );
  });

  it('estimates widths wide enough for bold digits and caches them', () => {
    expect(labelTextWidth('9.3k')).toBeGreaterThan(labelTextWidth('93'));
    expect(labelTextWidth('1.2M')).toBe(labelTextWidth('1.2M'));
    expect(labelTextWidth('8')).toBeGreaterThanOrEqual(6);
  });
});

const LANE: Box = { x0: 0, x1: 1000, y0: 0, y1: 60 };
const mark = (x: number, y = 30, r = 5): Box => ({ x0: x - r, x1: x + r, y0: y - r, y1: y + r });
const titleAt = (x: number, text: string, y = 30, tier = 0): TitleCandidate => ({
  left: x - 8,
  right: x + 8,
  y,
  text,
  tier,
  priority: titleTextWidth(text),
});
const titleBox = (p: { x0: number; x1: number; y: number }): Box => ({
  x0: p.x0,
  x1: p.x1,
  y0: p.y - TITLE_HEIGHT_PX / 2,
  y1: p.y + TITLE_HEIGHT_PX / 2,
});

describe('title placement', () => {
  it('puts a title right of its mark when there is room, else left of it', () => {
    const marks = [mark(100), mark(160)];
    const placed = placeTitles([titleAt(100, 'Putin meets Xi')], marks, 10, LANE);
    // Right of 100 runs into the mark at 160; left of it (x 0..92) is free.
    expect(placed).toHaveLength(1);
    expect(placed[0]?.x1).toBe(92);
    expect(placed[0]?.text).toBe('Putin meets Xi');
  });

  it('gives room to short titles first, so zooming in (marks further apart) reveals more of them', () => {
    const long = 'Russia and South Korea hold talks in Belgorod';
    const short = 'Putin meets Xi';
    // A's title can only go right, B's only left (a mark just right of B, the lane's edge left of A).
    const at = (gap: number) =>
      placeTitles(
        [titleAt(300, long), titleAt(300 + gap, short)],
        [mark(300), mark(300 + gap), mark(300 + gap + 20)],
        10,
        { ...LANE, x0: 290, x1: 2000 },
      );
    // Both want the stretch between the marks: the short title gets it whole, the long one what is left.
    const near = at(300);
    expect(near.map((p) => p.text)).toEqual([short, expect.stringMatching(/^Russia and South.*…$/)]);
    // Further apart (zoomed in), both whole.
    expect(at(700).map((p) => p.text)).toEqual([short, long]);
  });

  it('places key titles (a lower tier) before shorter ordinary ones', () => {
    const keyText = 'North Korea fires eight ballistic missiles';
    // 'Talks' can only go left of its mark, into the end of the stretch the key title needs.
    const otherX = 108 + titleTextWidth(keyText) + 20;
    const marks = [mark(100), mark(otherX), mark(otherX + 20)];
    const bounds = { ...LANE, x0: 95 };
    const key = { ...titleAt(100, keyText), tier: 0, priority: 0 };
    const other = titleAt(otherX, 'Talks');
    expect(placeTitles([other, { ...key, tier: 1 }], marks, 10, bounds).map((p) => p.text)).toEqual([
      'Talks',
      expect.stringMatching(/…$/),
    ]);
    expect(placeTitles([{ ...other, tier: 1 }, key], marks, 10, bounds).map((p) => p.text)).toEqual([
      keyText,
    ]);
  });

  it('cuts a title with "…" where only part fits, never below MIN_TITLE_PX', () => {
    const text = 'United Nations warns North Korea over a missile launch near Japan';
    const room = (gap: number) =>
      placeTitles([titleAt(100, text)], [mark(100), mark(100 + gap)], 10, {
        ...LANE,
        x0: 95,
      });
    const cut = room(150)[0];
    expect(cut?.text.endsWith('…')).toBe(true);
    expect((cut?.x1 ?? 0) - (cut?.x0 ?? 0)).toBeLessThanOrEqual(150);
    expect(room(MIN_TITLE_PX)).toHaveLength(0);
    expect(cutTitle(text, 10_000)).toBe(text);
    expect(titleTextWidth(cutTitle(text, MAX_TITLE_PX))).toBeLessThanOrEqual(MAX_TITLE_PX);
  });

  it('cuts any title at the word or character a walk over its characters would, fitting the room', () => {
    // The plain reading of a cut: add characters while they fit, then back off to a late space and trim.
    const reference = (text: string, maxPx: number): string => {
      if (titleTextWidth(text) <= maxPx) return text;
      const room = maxPx - titleTextWidth('…');
      let end = 0;
      while (end < text.length && titleTextWidth(text.slice(0, end + 1)) <= room + 1e-9) end++;
      if (end === 0) return '';
      const cut = text.slice(0, end);
      const space = cut.lastIndexOf(' ');
      return `${(space >= end * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
    };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'W', ' ', ',', '.', '–', 'é', '1', 'm'), { maxLength: 90 }),
        fc.integer({ min: 1, max: 400 }),
        (chars, maxPx) => {
          const text = chars.join('');
          const cut = cutTitle(text, maxPx);
          expect(cut).toBe(reference(text, maxPx));
          if (cut) expect(titleTextWidth(cut)).toBeLessThanOrEqual(maxPx + 1e-9);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never puts a title on a mark, a badge, another title or outside the lane', () => {
    const texts = [
      'Putin meets Xi',
      'North Korea fires missiles',
      'Talks',
      'Seoul and Tokyo sign a deal on ...',
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.double({ min: 0, max: 1000, noNaN: true }),
            y: fc.constantFrom(16, 30, 44, 60),
            text: fc.constantFrom(...texts),
            tier: fc.integer({ min: 0, max: 2 }),
          }),
          { maxLength: 40 },
        ),
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { maxLength: 6 }),
        (cands, badgeXs) => {
          const marks = cands.map((c) => mark(c.x, c.y));
          const badges = badgeXs.map((x): Box => ({ x0: x - 14, x1: x + 14, y0: 19, y1: 41 }));
          const obstacles = [...marks, ...badges].sort((a, b) => a.x0 - b.x0);
          const candidates = cands.map((c) => ({ ...titleAt(c.x, c.text, c.y), tier: c.tier }));
          const placed = placeTitles(candidates, obstacles, 28, LANE);
          const boxes = placed.map(titleBox);
          boxes.forEach((a, i) => {
            expect(a.x0).toBeGreaterThanOrEqual(LANE.x0);
            expect(a.x1).toBeLessThanOrEqual(LANE.x1);
            expect(a.y0).toBeGreaterThanOrEqual(LANE.y0);
            expect(a.y1).toBeLessThanOrEqual(LANE.y1);
            for (const o of obstacles) expect(overlaps(a, o)).toBe(false);
            for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
          });
          // Each candidate gets at most one title, whole or cut from its own text.
          expect(new Set(placed.map((p) => p.index)).size).toBe(placed.length);
          for (const p of placed) {
            const own = candidates[p.index]?.text ?? '';
            expect(p.text === own || own.startsWith(p.text.replace(/…$/, ''))).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('lets a tier use its own obstacles: key titles may cross faded context', () => {
    const faded = [mark(140), mark(180)];
    const key = { ...titleAt(100, 'North Korea fires missiles'), tier: 0 };
    const bounds = { ...LANE, x0: 95 };
    expect(placeTitles([key], [mark(100), ...faded], 10, bounds)).toHaveLength(0);
    const placed = placeTitles([key], [mark(100), ...faded], 10, bounds, (tier) =>
      tier === 0 ? { boxes: [mark(100)], maxPx: 10 } : null,
    );
    expect(placed).toHaveLength(1);
  });

  it('estimates title widths at least as wide as DejaVu Sans at 11 px', () => {
    // DejaVu Sans: "m" is 0.974 em, "i" 0.278 em.
    expect(titleTextWidth('m')).toBeCloseTo(10.7, 1);
    expect(titleTextWidth('mmmm')).toBeGreaterThan(titleTextWidth('iiii') * 3);
    expect(titleTextWidth('北朝鮮')).toBe(33);
  });
});

describe('titles a frame need not read', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  /** The width the whole-title pass of placeTitles uses: the title, or its cut to MAX_TITLE_PX. */
  const shownWidth = (text: string) =>
    titleTextWidth(text) <= MAX_TITLE_PX
      ? titleTextWidth(text)
      : titleTextWidth(cutTitle(text, MAX_TITLE_PX));

  it('reads the shown width of a plain title from its bytes, and none of any other title', () => {
    const plain = fc
      .array(fc.constantFrom('a', 'W', 'm', 'i', ',', '.', '-', '1', ' ', ':'), {
        minLength: 1,
        maxLength: 120,
      })
      .map((cs) => cs.join(''))
      .filter((t) => t === t.trim() && !t.includes('  '));
    fc.assert(
      fc.property(plain, (text) => {
        const bytes = utf8(`id\u001f${text}\u001fmore`);
        expect(plainTitleWidth(bytes, 3, 3 + text.length)).toBeCloseTo(shownWidth(text), 6);
      }),
      { numRuns: 500 },
    );
    for (const text of [' Talks', 'Talks ', 'Two  spaces', 'Tab\there', 'Séoul talks', '']) {
      const bytes = utf8(text);
      expect(plainTitleWidth(bytes, 0, bytes.length)).toBeNull();
    }
  });

  it('never turns away a title that placeTitles would show', () => {
    const texts = [
      'Putin meets Xi',
      'Iran says',
      'Talks',
      'North Korea fires 8 ballistic missiles into the sea off its east coast, Seoul says',
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.double({ min: -20, max: 1000, noNaN: true }),
            y: fc.constantFrom(16, 30, 44, 60),
            text: fc.constantFrom(...texts),
          }),
          { maxLength: 60 },
        ),
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { maxLength: 6 }),
        (cands, badgeXs) => {
          const marks = cands.map((c) => mark(c.x, c.y));
          const badges = badgeXs.map((x): Box => ({ x0: x - 14, x1: x + 14, y0: 19, y1: 41 }));
          const obstacles = [...marks, ...badges].sort((a, b) => a.x0 - b.x0);
          const candidates = cands.map((c) => titleAt(c.x, c.text, c.y));
          for (const p of placeTitles(candidates, obstacles, 28, LANE)) {
            const c = candidates[p.index];
            if (!c) continue;
            const shown = () => plainTitleWidth(utf8(c.text), 0, utf8(c.text).length);
            expect(mayPlaceTitle(c.left, c.right, c.y, shown, LANE, obstacles, 28)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with placeTitles where a short title just fits beside its mark, and where it just does not', () => {
    for (const text of ['Talks', 'Iran says', 'Putin meets Xi']) {
      const w = titleTextWidth(text);
      const c = titleAt(100, text);
      const shown = () => plainTitleWidth(utf8(text), 0, utf8(text).length);
      // A neighbour 15 px left; one on the right leaving w + d px after the gap.
      for (const [d, fits] of [
        [0.25, true],
        [-1, false],
      ] as const) {
        const obstacles = [mark(70), mark(100), mark(115 + w + d)];
        expect(placeTitles([c], obstacles, 10, LANE)).toHaveLength(fits ? 1 : 0);
        expect(mayPlaceTitle(c.left, c.right, c.y, shown, LANE, obstacles, 10)).toBe(fits);
      }
    }
  });

  it('turns away a mark hemmed in by its neighbours without reading its title', () => {
    const obstacles = [mark(80), mark(100), mark(120)];
    const c = titleAt(100, 'Putin meets Xi');
    let read = 0;
    const shown = () => {
      read++;
      return titleTextWidth('Putin meets Xi');
    };
    expect(mayPlaceTitle(c.left, c.right, c.y, shown, LANE, obstacles, 10)).toBe(false);
    expect(read).toBe(1);
    // With MIN_TITLE_PX free beside it, a cut title could show whatever its length: nothing is read.
    const open = titleAt(300, 'Putin meets Xi');
    expect(mayPlaceTitle(open.left, open.right, open.y, shown, LANE, obstacles, 10)).toBe(true);
    expect(read).toBe(1);
  });
});
