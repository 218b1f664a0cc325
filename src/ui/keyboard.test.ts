import { describe, expect, it } from 'vitest';
import { keepInView, scrollToShow } from './keyboard';

const DAY_MS = 86_400_000;
const june = (d: number) => Date.UTC(2022, 5, d);

describe('keeping the keyboard-selected event in sight', () => {
  it('leaves the view alone while the event is inside it, and centres an event outside it', () => {
    const view: [number, number] = [june(1), june(21)];
    expect(keepInView(view, june(10), undefined)).toBe(view);
    const moved = keepInView(view, june(25), undefined);
    expect(moved[1] - moved[0]).toBe(20 * DAY_MS);
    expect((moved[0] + moved[1]) / 2).toBe(june(25));
  });

  it('scrolls the lanes just enough to show a lane above or below the visible ones', () => {
    expect(scrollToShow(100, { y: 40, height: 60, viewHeight: 300 })).toBe(100);
    expect(scrollToShow(100, { y: -30, height: 60, viewHeight: 300 })).toBe(70);
    expect(scrollToShow(100, { y: 280, height: 60, viewHeight: 300 })).toBe(140);
    expect(scrollToShow(10, { y: -60, height: 60, viewHeight: 300 })).toBe(0);
  });
});
