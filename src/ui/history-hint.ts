/**
 * Tells URL sync whether a state change belongs to a continuous gesture (wheel, drag, pinch, brush), so
 * that it writes the URL at most a few times a second instead of on every step.
 */
export const historyHint = {
  /** True between a gesture's start and end. */
  continuous: false,
};

export function gestureStarted(): void {
  historyHint.continuous = true;
}

export function gestureEnded(): void {
  historyHint.continuous = false;
}
