// Web copies of Chinese articles sometimes gloss polyphonic characters with
// their pinyin in parentheses: 黨建為引領(lǐng). Only a tone-marked Latin
// syllable right after a Han character is a gloss; acronyms such as (MPS) stay.

const GLOSS = /(?<=[\u3400-\u9fff])[(（]([a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]{1,7})[)）]/g;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;

export function removeInlinePinyin(text: string): string {
  return text.replace(GLOSS, (whole, syllable: string) => (TONE_MARK.test(syllable) ? '' : whole));
}
