/**
 * Tells URL sync whether a state change belongs to a continuous gesture (wheel, drag, pinch, brush). The
 * first change of a gesture adds a history entry and the rest replace it, so Back undoes a whole gesture.
 */
export const historyHint = {
  /** True between a gesture's start and end. */
  continuous: false,
  /** True once the current gesture has pushed its history entry. */
  pushed: false,
};

export function gestureStarted(): void {
  historyHint.continuous = true;
  historyHint.pushed = false;
}

export function gestureEnded(): void {
  historyHint.continuous = false;
}
