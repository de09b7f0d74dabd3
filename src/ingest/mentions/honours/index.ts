// Honour mentions and the events that confer them. An event ties an honour to
// where its recipient and giver are written: the clause before the verb
// (东进警务工作服务站荣立集体三等功), the agent of a passive (被江苏省委组织部评定为),
// the person after a title (全省优秀人民警察王洪斌), or 对X予以通报表扬. The
// readings are rule records (rules.ts) run by one scanner; titles are read by titles.ts.
import { scan } from '../../rules/rule.js';
import type { NamedMention, PersonMention, SentenceContext, Span } from '../types.js';
import { HONOUR_RULES, type HonourReading } from './rules.js';
import { cleanHonour, selections } from './titles.js';

export interface HonourEvent {
  honour: NamedMention;
  /** Absolute offset of the verb (or title): the recipient is written before it. */
  at: number;
  /** Spans that name the giver: the agent of a passive, the subject of 对X予以. */
  agents: Span[];
  /** "2人荣立三等功": a count, not a named recipient. */
  counted: boolean;
  /** The recipient, when the pattern names it: the person after a title, X in 对X予以. */
  recipients?: Span;
  /** 并记功: shares recipient, giver and year with the event before it. */
  continues?: HonourEvent;
  /** 授予其 / 将其命名为: the recipient is one told of before, never a giver named in the sentence. */
  pronoun?: true;
  /** Year written in the honour phrase itself (2021年度“辅警之星”). */
  year?: number;
  /** The rule that read it (rules.ts), or `person.title` for a title written before a name. */
  rule: string;
}

const TITLE_YEAR = /^((?:19|20)\d{2})年度?/;

interface HonourFindings {
  mentions: NamedMention[];
  events: HonourEvent[];
}

export function findHonours(ctx: SentenceContext, persons: readonly PersonMention[]): HonourFindings {
  const s = ctx.sentence.text;
  const base = ctx.sentence.start;
  const mentions: NamedMention[] = [];
  const events: HonourEvent[] = [];
  const mention = (start: number, end: number, name: string, rule: string, aliases: string[] = []): NamedMention => {
    const found = mentions.find((m) => m.start === base + start && m.name === name);
    if (found) return found;
    const m: NamedMention = { start: base + start, end: base + end, name, sentence: ctx.index, rule };
    const extra = aliases.filter((a) => a !== name);
    if (extra.length) m.aliases = extra;
    mentions.push(m);
    return m;
  };

  // 全省优秀人民警察王洪斌: the person finder read the title before the name; its honour claims the title.
  const claimed: Span[] = [];
  for (const p of persons) {
    for (const title of p.honoursBefore ?? []) {
      const start = title.start - base;
      const honour = mention(start, title.end - base, cleanHonour(title.name), 'person.title');
      const event: HonourEvent = { honour, at: p.start, agents: [], counted: false, recipients: { start: p.start, end: p.end }, rule: 'person.title' };
      // 2021年邵阳市五四青年奖章获得者谭毅: the year written on the title is the award's.
      const year = TITLE_YEAR.exec(title.name);
      if (year) event.year = Number(year[1]);
      events.push(event);
      claimed.push({ start, end: title.end - base });
    }
  }
  const reading: HonourReading = { s, base, events, mention };
  scan(HONOUR_RULES, s, reading, claimed);
  selections(s, (start, end, name) => mention(start, end, name, 'honour.selection'));
  return { mentions, events };
}
