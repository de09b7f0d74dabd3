import { describe, expect, it } from 'vitest';
import { concurrencySlots } from '../../src/api/concurrency-slots.js';

describe('concurrency slots', () => {
  it('gives out as many as the limit, refuses the next, and takes each back once however often it is released', () => {
    const slots = concurrencySlots(2);
    const first = slots.take();
    const second = slots.take();
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    expect(slots.take()).toBeNull();
    first!();
    first!(); // a second release of the same slot frees nothing more
    const third = slots.take();
    expect(third).not.toBeNull();
    expect(slots.take()).toBeNull();
    second!();
    third!();
    expect(slots.take()).not.toBeNull();
  });
});
