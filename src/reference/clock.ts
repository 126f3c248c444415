/** Time for the reference rules, injected so tests can move it instead of waiting. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export interface AdjustableClock extends Clock {
  /** Moves the clock forward; returns the new time. */
  advance(seconds: number): number;
  /** Back to the real time. */
  reset(): void;
}

/** The real time, plus however far it has been moved forward. */
export function adjustableClock(source: () => number = Date.now): AdjustableClock {
  let offset = 0;
  return {
    now: () => source() + offset,
    advance(seconds) {
      offset += seconds * 1000;
      return source() + offset;
    },
    reset() {
      offset = 0;
    },
  };
}
