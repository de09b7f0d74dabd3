// Commendation decisions read out at a meeting: 淄博市公安局召开…表彰大会 …
// 会议宣读了《关于表彰2022年度…的决定》: X被记集体三等功 …. The honours listed
// after the decision, to the end of its paragraph, are given by the body that
// holds the meeting, for the year the decision names. An article that is the
// decision itself (银川市公安局关于表彰2023年度…的决定) lists them all, given by
// the body its title names.
import type { Sentence } from './types.js';

export interface CommendationDecision {
  /** Absolute offsets of the list: from the decision's title to the end of its paragraph. */
  start: number;
  end: number;
  year?: number;
  /** Where the giver is written: its subject (of 召开 a meeting, or of 关于 in a title) gives the honours. */
  giverAt?: { sentence: number; at: number };
}

const MEETING = /(?:召开|举行|举办)[^,;。]{0,24}?表彰(?:大会|会议|会)/;
const DECISION = /(?:宣读|宣布|印发|下发)[^,;。]{0,12}?(?:《?关于(?:表彰|授予|给予)|表彰(?:决定|通报))/;
const DECISION_YEAR = /关于(?:表彰|授予|给予)[^》]{0,6}?((?:19|20)\d{2})年度?/;
// A decision's own title: issuer, 关于表彰…的决定 / 通报, and nothing else.
const TITLE = /^[^,;。]{2,30}?(关于(?:表彰|授予|给予)[^,;。]{2,40}的(?:决定|通报))$/;
const MEETING_YEAR = /((?:19|20)\d{2})年度?[^,;。]{0,16}?表彰(?:大会|会议|会)/;

/** `paragraphOf[i]`: the paragraph of sentence i. */
export function findDecisions(sentences: readonly Sentence[], paragraphOf: readonly number[]): CommendationDecision[] {
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
    const title = TITLE.exec(s.text);
    if (title) {
      const y = DECISION_YEAR.exec(s.text);
      const giverAt = { sentence: i, at: s.start + s.text.length - title[1]!.length };
      out.push({ start: s.start, end: sentences[sentences.length - 1]!.end, ...(y ? { year: Number(y[1]) } : {}), giverAt });
      return;
    }
    const read = DECISION.exec(s.text);
    if (!read) return;
    let last = i;
    while (last + 1 < sentences.length && paragraphOf[last + 1] === paragraphOf[i]) last++;
    const y = DECISION_YEAR.exec(s.text);
    const year = y ? Number(y[1]) : meetingYear;
    out.push({ start: s.start + read.index, end: sentences[last]!.end, ...(year ? { year } : {}), ...(meeting ? { giverAt: meeting } : {}) });
  });
  return out;
}
