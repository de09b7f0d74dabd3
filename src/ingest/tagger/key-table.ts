// An open-addressing hash table from 32-bit feature keys to 32-bit values, in
// one typed array (key and value side by side). Feature keys are hashes that
// are never 0, so 0 marks an empty slot. Training counts the features of the
// corpora with it (millions of keys: a Map would take several times the
// memory) and numbers the ones it keeps.

export class KeyTable {
  private slots: Uint32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Uint32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  /** The value stored for `key`, or -1. */
  get(key: number): number {
    const slots = this.slots;
    let i = key & this.mask;
    for (;;) {
      const k = slots[2 * i]!;
      if (k === key) return slots[2 * i + 1]!;
      if (k === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  set(key: number, value: number): void {
    const i = this.slotOf(key);
    if (this.slots[2 * i] === 0) {
      this.slots[2 * i] = key;
      this.size++;
    }
    this.slots[2 * i + 1] = value;
    if (this.size * 2 > this.mask + 1) this.grow();
  }

  /** Adds 1 to the count kept for `key` (0 when absent). */
  increment(key: number): void {
    const i = this.slotOf(key);
    if (this.slots[2 * i] === 0) {
      this.slots[2 * i] = key;
      this.size++;
    }
    this.slots[2 * i + 1]!++;
    if (this.size * 2 > this.mask + 1) this.grow();
  }

  /** Calls `fn` for every entry, in slot order. */
  forEach(fn: (key: number, value: number) => void): void {
    const slots = this.slots;
    for (let i = 0; i < slots.length; i += 2) if (slots[i] !== 0) fn(slots[i]!, slots[i + 1]!);
  }

  private slotOf(key: number): number {
    const slots = this.slots;
    let i = key & this.mask;
    while (slots[2 * i] !== 0 && slots[2 * i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    this.mask = old.length - 1;
    this.size = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0) this.set(old[i]!, old[i + 1]!);
  }
}
