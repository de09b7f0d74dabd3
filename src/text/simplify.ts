// Traditional → Simplified with opencc-js (the `hk` source converts
// mainland-news Traditional best and leaves Simplified text unchanged).
// The converter is built on first use so that importing this module is cheap.
import * as OpenCC from 'opencc-js/t2cn';

let convert: ((text: string) => string) | undefined;

export function toSimplified(text: string): string {
  convert ??= OpenCC.Converter({ from: 'hk', to: 'cn' }) as (text: string) => string;
  return convert(text);
}

/** Converts and reports which script the input was written in. */
export function simplifyWithScript(text: string): { text: string; script: 'simplified' | 'traditional' } {
  const simplified = toSimplified(text);
  if (simplified.length !== text.length) return { text: simplified, script: 'traditional' };
  let changed = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      han++;
      if (c !== simplified.charCodeAt(i)) changed++;
    }
  }
  // A few converted characters happen in Simplified text too (variants); a
  // Traditional article changes several percent of its characters.
  return { text: simplified, script: changed >= 3 && changed / Math.max(han, 1) > 0.01 ? 'traditional' : 'simplified' };
}
