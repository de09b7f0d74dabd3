// Commendation decisions read out at a meeting: 淄博市公安局召开…表彰大会 …
// 会议宣读了《关于表彰2022年度…的决定》: X被记集体三等功 …. The honours listed
// after the decision, to the end of its paragraph, are given by the body that
// holds the meeting, for the year the decision names. An article that is the
// decision itself (银川市公安局关于表彰2023年度…的决定) lists them all, given by
// the body its title names; one read out under its issuer's name (宣读了嘉兴市公安局
// 《关于…》) is given by that issuer. A decision may also be printed as a list: a
// numbered heading per honour (一、记集体三等功(2个)), then one recipient a line.
import { CN_DIGITS, COUNT } from './patterns.js';
import type { Sentence } from './types.js';

export interface CommendationDecision {
  /** Absolute offsets of the list: from the decision's title to the end of its paragraph. */
  start: number;
  end: number;
  year?: number;
  /** Where the giver is written: its subject (of 召开 a meeting, or of 关于 in a title) gives the honours. */
  giverAt?: { sentence: number; at: number };
  /**
   * Where the decision's title starts (《关于…), and where the words before it start (after
   * 宣读): the unit or body written right before the title issued it; of joint issuers
   * (宣读了共青团X市委、X市公安局《关于…》) the first named.
   */
  issuerAt?: { sentence: number; from: number; at: number };
}

export type ListSections = ReadonlyMap<number, { first: number; last: number }>;

// (…表彰暨2019年春运动员大会: the commendation shares its meeting with other business.)
const MEETING = /(?:召开|举行|举办)[^,;。]{0,24}?表彰(?:[^,;。]{0,16}?暨[^,;。]{0,16}?)?(?:大会|会议|会)/;
// 会上,…: a paragraph told of the meeting where the decision was read.
const AT_THE_MEETING = /^(?:会上|大会上|会议上)/;
const DECISION = /(?:宣读|宣布|印发|下发|发布)[^,;。]{0,24}?(?:(《?)关于(?:表彰|授予|给予)|表彰(?:决定|通报|命令))/;
// 山西省公安厅下发通报,X被记集体二等功 / 公安部、团中央联合通报表扬了…,X获评…: a notice that commends
// (active: 被…通报表扬 is an honour, its subject the recipient).
const NOTICE = /(?:印发|下发|发布|发出)了?(?:嘉奖|表彰)?通报(?!批评)|联合通报(?:表扬|表彰)|(?<!被[^,;。]{0,12})通报(?:表扬|表彰)了/;
const DECISION_YEAR = /关于(?:表彰|授予|给予)[^》]{0,6}?((?:19|20)\d{2})年度?/;
// A decision's own title: issuer, 关于表彰…的决定 / 通报, and nothing else.
const TITLE = /^[^,;。]{2,30}?(关于(?:表彰|授予|给予)[^,;。]{2,40}的(?:决定|通报))$/;
const CEREMONY = /(?:举行|召开|举办)[^,;。]{0,30}?(?:活动|大会|仪式|典礼|会议)/;
const CONFERRING_AFTER = /^[^。]*?(?:会上|仪式上)[^。]*?(?:当选|授予|评为|获评|荣获|表彰|命名)/;
const MEETING_YEAR = /((?:19|20)\d{2})年度?[^,;。]{0,16}?表彰(?:大会|会议|会)/;

/** `paragraphOf[i]`: the paragraph of sentence i; `sections`: printed lists (findListSections), which a decision runs over. */
export function findDecisions(sentences: readonly Sentence[], paragraphOf: readonly number[], sections: ListSections): CommendationDecision[] {
  const out: CommendationDecision[] = [];
  let meeting: CommendationDecision['giverAt'];
  let meetingYear: number | undefined;
  sentences.forEach((s, i) => {
    const held = MEETING.exec(s.text);
    if (held) {
      meeting = { sentence: i, at: s.start + held.index };
      const y = MEETING_YEAR.exec(s.text);
      meetingYear = y ? Number(y[1]) : undefined;
    }
    // 湖南省公安厅举行…“荣誉授予日”活动,会上,X当选Y: the body holding the ceremony gives what is given at it.
    const ceremony = !held && CEREMONY.exec(s.text);
    if (ceremony && CONFERRING_AFTER.test(s.text.slice(ceremony.index + ceremony[0].length))) {
      out.push({ start: s.start + ceremony.index, end: s.end, giverAt: { sentence: i, at: s.start + ceremony.index } });
    }
    const title = TITLE.exec(s.text);
    if (title) {
      const y = DECISION_YEAR.exec(s.text);
      const giverAt = { sentence: i, at: s.start + s.text.length - title[1]!.length };
      out.push({ start: s.start, end: sentences[sentences.length - 1]!.end, ...(y ? { year: Number(y[1]) } : {}), giverAt });
      return;
    }
    const read = DECISION.exec(s.text) ?? NOTICE.exec(s.text);
    if (!read) return;
    let last = i;
    while (last + 1 < sentences.length && paragraphOf[last + 1] === paragraphOf[i]) last++;
    // 会上,获评…的5名民警是: the paragraphs told of the meeting are part of it.
    while (last + 1 < sentences.length && AT_THE_MEETING.test(sentences[last + 1]!.text)) {
      last++;
      while (last + 1 < sentences.length && paragraphOf[last + 1] === paragraphOf[last]) last++;
    }
    // 名单如下: the list printed after the decision is part of it.
    for (let section = sections.get(last + 1); section; section = sections.get(last + 1)) last = section.last;
    const y = DECISION_YEAR.exec(s.text);
    const year = y ? Number(y[1]) : meetingYear;
    const decision: CommendationDecision = { start: s.start + read.index, end: sentences[last]!.end, ...(year ? { year } : {}), ...(meeting ? { giverAt: meeting } : {}) };
    if (read[1] !== undefined) decision.issuerAt = { sentence: i, from: s.start + read.index + 2, at: s.start + read.index + read[0].indexOf('关于') - read[1].length };
    // 公安部印发《关于表彰…的命令》: without a meeting, the body that issues it gives the honours.
    if (!meeting) decision.giverAt = { sentence: i, at: s.start + read.index };
    out.push(decision);
  });
  return out;
}

/** A heading of a printed list: 一、 / (二) / 3. / ●. */
// (A roll's headings are bullets: ●“全国优秀人民警察”.)
const LIST_HEADING = new RegExp(String.raw`^(?:[${CN_DIGITS}]+、|[(（][${COUNT}]+[)）]|\d+[.、]|[●■◆★▲◎○•])`);
// A list item is a short line of its own, not a sentence (东栅派出所, 沈嘉伟　解放派出所民警).
const MAX_ITEM = 40;

/** Numbered headings followed by item lines: heading sentence index → the item sentences' indexes (first, last). */
export function findListSections(text: string, sentences: readonly Sentence[]): ListSections {
  const out = new Map<number, { first: number; last: number }>();
  const isLine = (s: Sentence) =>
    !/[。;]$/.test(s.text) && (s.start === 0 || text[s.start - 1] === '\n') && (s.end === text.length || text[s.end] === '\n');
  sentences.forEach((s, i) => {
    if (!LIST_HEADING.test(s.text) || !isLine(s)) return;
    let last = i;
    while (last + 1 < sentences.length) {
      const next = sentences[last + 1]!;
      if (LIST_HEADING.test(next.text) || !isLine(next) || next.text.length > MAX_ITEM) break;
      last++;
    }
    if (last > i) out.set(i, { first: i + 1, last });
  });
  return out;
}
