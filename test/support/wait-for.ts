import { setTimeout as sleep } from 'node:timers/promises';

/** Polls `condition` until it holds; fails naming `what` if it does not within `boundMs` (a bound for a stuck run, not a timing). */
export async function waitFor(what: string, condition: () => boolean | Promise<boolean>, boundMs = 300_000): Promise<void> {
  const deadline = Date.now() + boundMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`waited ${boundMs} ms for: ${what}`);
    await sleep(50);
  }
}
