// Traditional → Simplified with opencc-js (the `hk` source converts
// mainland-news Traditional best and leaves Simplified text unchanged).
// The converter is built on first use so that importing this module is cheap.
import * as OpenCC from 'opencc-js/t2cn';

let convert: ((text: string) => string) | undefined;

export function toSimplified(text: string): string {
  convert ??= OpenCC.Converter({ from: 'hk', to: 'cn' }) as (text: string) => string;
  return convert(text);
}

// Traditional 著 as the aspect particle or in a verb (隨著, 著力) is Simplified 着, which the hk converter
// leaves alone since 著 is also Simplified (著名, 著作).
const ZHE = /(?<=[随沿本接顺跟带朝向看穿守靠试])著|著(?=[力眼手重想实落装陆])/g;

/** Converts and reports which script the input was written in. */
export function simplifyWithScript(text: string): { text: string; script: 'simplified' | 'traditional' } {
  const converted = toSimplified(text);
  const simplified = converted.length === text.length && converted !== text ? converted.replace(ZHE, '着') : converted;
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
