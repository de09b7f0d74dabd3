// Where the genre lexicons (posts, unit heads) occur in a sentence: each
// character gets its place in the longest entry matched left to right (none,
// begin, inside, end). Built over character codes so that tagging builds no
// strings.

const NODE_END = -1;

export const NONE = 0;
export const BEGIN = 1;
export const INSIDE = 2;
export const END = 3;

export class LexiconMarks {
  /** Children of each trie node by character code; a node with NODE_END as a key ends an entry. */
  private readonly nodes: Map<number, number>[] = [new Map()];
  /** Whether a character starts any entry: most do not, and are rejected without a map lookup. */
  private readonly starts = new Uint8Array(65536);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (w.length < 2) continue;
      let node = 0;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        let next = this.nodes[node]!.get(c);
        if (next === undefined) {
          next = this.nodes.length;
          this.nodes.push(new Map());
          this.nodes[node]!.set(c, next);
        }
        node = next;
      }
      this.nodes[node]!.set(NODE_END, 0);
      this.starts[w.charCodeAt(0)] = 1;
    }
  }

  /** Writes into `out[0..n)` each character's place in a matched entry (NONE, BEGIN, INSIDE, END). */
  mark(codes: Uint16Array, n: number, out: Uint8Array): void {
    out.fill(NONE, 0, n);
    let i = 0;
    while (i < n) {
      const len = this.starts[codes[i]!] ? this.longestAt(codes, n, i) : 0;
      if (len === 0) {
        i++;
        continue;
      }
      out[i] = BEGIN;
      for (let k = i + 1; k < i + len - 1; k++) out[k] = INSIDE;
      out[i + len - 1] = END;
      i += len;
    }
  }

  private longestAt(codes: Uint16Array, n: number, from: number): number {
    let node = 0;
    let best = 0;
    for (let i = from; i < n; i++) {
      const next = this.nodes[node]!.get(codes[i]!);
      if (next === undefined) break;
      node = next;
      if (this.nodes[node]!.has(NODE_END)) best = i - from + 1;
    }
    return best;
  }
}
