// Bytes of an article file → text. Chinese sites still serve GBK/GB18030 and Big5
// pages; read as UTF-8 they are nothing but replacement characters. UTF-8 is tried
// first and strictly (a GBK page is almost never valid UTF-8), then the charset the
// page declares, then chardet's statistical guess between the Chinese encodings.
import chardet from 'chardet';

export interface DecodedText {
  text: string;
  /** The encoding when it was not UTF-8, for a warning ("decoded from GB18030"). */
  encoding: string | null;
}

/** Encodings worth guessing for Chinese text, by chardet's names, with the labels TextDecoder knows. */
const CHINESE = new Map([
  ['GB18030', 'gb18030'],
  ['Big5', 'big5'],
]);
const SHOWN_AS: Record<string, string> = { gbk: 'GBK', gb18030: 'GB18030', big5: 'Big5', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE' };
// <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
const DECLARED = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i;
/** Enough of a file for chardet to be sure, and for a <meta> in the page's head. */
const SAMPLE_BYTES = 64 * 1024;

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null; // a label TextDecoder does not know
  }
}

const decodeWith = (decoder: TextDecoder, bytes: Uint8Array): DecodedText => ({
  text: decoder.decode(bytes),
  encoding: decoder.encoding === 'utf-8' ? null : (SHOWN_AS[decoder.encoding] ?? decoder.encoding),
});

export function decodeBytes(bytes: Uint8Array): DecodedText {
  // A byte-order mark says it all; TextDecoder removes it.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(new TextDecoder('utf-16le'), bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(new TextDecoder('utf-16be'), bytes);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: null };
  } catch {
    // not UTF-8: find out what it is
  }
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const declared = DECLARED.exec(new TextDecoder('latin1').decode(sample))?.[1];
  const fromPage = declared ? decoderFor(declared) : null;
  if (fromPage && fromPage.encoding !== 'utf-8') return decodeWith(fromPage, bytes);
  const guess = chardet
    .analyse(sample)
    .filter((m) => CHINESE.has(m.name))
    .sort((a, b) => b.confidence - a.confidence)[0];
  // Nothing Chinese about it: as UTF-8, so that the extractor refuses its undecodable bytes by name.
  return decodeWith(new TextDecoder(guess ? CHINESE.get(guess.name)! : 'utf-8'), bytes);
}
