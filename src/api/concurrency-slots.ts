// A fixed number of slots for work too heavy to run without bound at once (an
// export streams the whole graph): a request takes a slot or is refused at once,
// and gives it back however it ends — done, failed or cut by its client.
export interface Slots {
  /** A release function when a slot was free, else null. Releasing twice frees one slot. */
  take(): (() => void) | null;
}

export function concurrencySlots(limit: number): Slots {
  let inUse = 0;
  return {
    take() {
      if (inUse >= limit) return null;
      inUse++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        inUse--;
      };
    },
  };
}
