// The honour rules, in the order the scanner runs them (an earlier reading
// claims its text). Each reads where a sentence gives an honour and records an
// event: the honour, where its recipient and giver are written, and how.
import { CN_DIGITS, COUNT, endsClauseAt } from '../../patterns.js';
import { alternation, GENERIC_MODIFIERS } from '../../lexicon/common.js';
import { COMMENDATIONS, HONOUR_VERBS, MERIT, TITLE_QUALIFIERS, TITLE_TAILS } from '../../lexicon/honours.js';
import type { Rule } from '../../rules/rule.js';
import type { NamedMention, Span } from '../types.js';
import type { HonourEvent } from './index.js';
import { clauseStartBefore, cleanHonour, deciderBefore, honourObject, honourShaped, quotedItems } from './titles.js';

/** What the honour rules read a sentence into. */
export interface HonourReading {
  s: string;
  /** Offset of the sentence in the article. */
  base: number;
  events: HonourEvent[];
  /** The honour mention at `start` (sentence offsets), made once per start and name. */
  mention(start: number, end: number, name: string, rule: string, aliases?: string[]): NamedMention;
}

const COMMENDATION_ALT = alternation(COMMENDATIONS);
const HOW_OFTEN = '(?=(?:[一两二三\\d]次)?(?:$|[,;。!?并…]))';
// What is no giver before a commendation: another honour, or a list joiner (记个人三等功和嘉奖).
const NOT_A_GIVER = /等功|[和、及]$/;
const EDITION_END = new RegExp(String.raw`第[${COUNT}]{1,3}(?:届|批)$`);
const WINNER_KINDS = /一批|(?:集体|个人|单位|典型)$/;
const COUNT_BEFORE = new RegExp(String.raw`(?:[${COUNT}]+|多|数|若干)\s*(?:名|人|个|位|家|支(?!队))(?!民警队伍)`);
const COUNT_AFTER = new RegExp(String.raw`^\s*[${COUNT}]+\s*(?:人|名|个|位|家)`);
const YEAR_ONLY = /^(?:19|20)\d{2}年度?$/;
// 经江南省人民政府批准,授予…: the approving body gives the honour.
const SCOPE_ONLY = /^(?:全国|全省|全市|全区|全县|全路|全警|省级|市级|县级|国家级)(?:公安机关|公安系统)?$/;
const APPROVED_BY = /经([^,;。]{2,30}?)(?:批准|研究决定|研究|决定)$/;
// The verbs that open a decision's items: the giver of a commendation is written before the first.
const GRANTING = /授予|给予/;
// 荣获X授予的“…”: the winner is written before the verb of winning, the giver after it.
const WON_FROM = /(?:荣获|获得|喜获|获)(?=[^,;。]*$)/g;
// 以他名字命名的“…工作室”: named after someone, not a title conferred.
const NAMED_AFTER = /以[^,;。“”]{1,8}$/;
// 将朱雀社区警务室命名为“老马警务室”: a unit given a new name, not a title won (被…命名为 is one).
const RENAMING = /[将把][^被]{2,24}命名为$/;
const MADE_INTO = new Set(['建成', '打造成', '创成']);
const titleThroughout = (t: string) => TITLE_QUALIFIERS.some((q) => t.includes(q)) && TITLE_TAILS.some((q) => t.endsWith(q));
const LIST_MARK = /[、,;。]/;
const SPIRIT_OF = /^[\u4e00-\u9fff]{0,2}(?:作风|精神|传统|经验|风貌)/;
const WINNERS_OF_KIND = /^的(?:民警|辅警|单位|集体|个人|同志|代表|人员|先进)/;
// 将其命名为, 把其评为: the object is a pronoun for the recipient told of before.
const PRONOUN_OBJECT = /[将把为给]其$/;
// 获X记集体二等功: X gives what is recorded.
const GOT_FROM = /获得?([^,;。获]{2,20})$/;

const span = (start: number, end: number): Span => ({ start, end });

export const HONOUR_RULES: readonly Rule<HonourReading>[] = [
  {
    id: 'honour.passive-grant',
    // 被凉山州森林公安局予以集体嘉奖: a passive with 予以 / 给予 before the commendation.
    pattern: new RegExp(`被([^,;。被“”]{2,24}?)(?:予以|给予)((?:集体)?(?:${COMMENDATION_ALT}))${HOW_OFTEN}`),
    examples: { match: ['该所被市局予以集体嘉奖。', '被县委给予通报表扬一次,'], noMatch: ['对该所予以嘉奖。'] },
    read(m, r, rule) {
      const agentStart = m.index + 1;
      const honourStart = m.index + m[0].length - m[2]!.length;
      const honour = r.mention(honourStart, honourStart + m[2]!.length, m[2]!, rule);
      r.events.push({ honour, at: r.base + m.index, agents: [abs(r, span(agentStart, agentStart + m[1]!.length))], counted: false, rule });
      return [span(m.index, m.index + m[0].length)];
    },
  },
  {
    id: 'honour.passive-commendation',
    // 被省见义勇为基金会表彰, 被新城分局记个人嘉奖一次 (how often may follow).
    pattern: new RegExp(`被([^,;。被“”]{2,24}?)(?:记个人)?(${COMMENDATION_ALT})${HOW_OFTEN}`),
    examples: { match: ['王某被新城分局记个人嘉奖一次。', '被省见义勇为基金会表彰。'], noMatch: ['被评为优秀民警。'] },
    read(m, r, rule) {
      if (NOT_A_GIVER.test(m[1]!)) return undefined; // 被X记个人三等功和嘉奖: the commendation ends a list of honours
      const agentStart = m.index + 1;
      const honourStart = agentStart + m[1]!.length;
      const honour = r.mention(honourStart, honourStart + m[2]!.length, m[2]!, rule);
      r.events.push({ honour, at: r.base + m.index, agents: [abs(r, span(agentStart, honourStart))], counted: false, rule });
      return [span(honourStart, honourStart + m[2]!.length)];
    },
  },
  {
    id: 'honour.grant-commendation',
    // 对X予以通报表扬, 对X通报表扬, 给予X嘉奖: the recipient between the preposition (or 给予) and the commendation.
    pattern: new RegExp(
      `(?:对([^,;。]{2,30}?)(?:等同志|等人)?(?:予以|给予)|对([^,;。“”]{2,20}?)(?<!予以|给予)(?=通报|通令)|给予([^,;。“”]{2,16}?))((?:集体)?(?:${COMMENDATION_ALT}))(?=(?:[一两二三\\d]次)?(?:$|[,;。!?并]))`,
    ),
    examples: { match: ['对杨磊成等同志予以通报表扬。', '给予王明嘉奖一次,'], noMatch: ['对辖区群众进行走访。'] },
    read(m, r, rule) {
      const given = m[3] !== undefined; // 给予X嘉奖, in a decision's list of items
      const named = m[1] ?? m[2] ?? m[3]!;
      const kind = m[4]!;
      // 对X等4个集体和Y等8名同志予以表彰: a bare 表彰 of counted groups announces a list, it is no honour.
      // So does one of kinds of winners: 对全省一批先进集体和先进个人予以表彰.
      if (kind === '表彰' && (COUNT_BEFORE.test(named) || WINNER_KINDS.test(named))) return undefined;
      const { s } = r;
      const honourStart = m.index + m[0].length - kind.length;
      const honour = r.mention(honourStart, honourStart + kind.length, kind, rule);
      const namedAt = m.index + (given ? 2 : 1);
      // The giver: the sentence's subject before 对 (市疫情办为…,对X予以通报表扬), the clause's before 给予;
      // never a recipient of an item before (决定授予X…,对Y通报表扬).
      const agentStart = given ? clauseStartBefore(s, m.index) : 0;
      const firstItem = s.slice(0, m.index).search(GRANTING);
      const agentEnd = firstItem >= 0 ? firstItem : m.index;
      const agent = (given ? deciderBefore(s, agentStart) : undefined) ?? span(agentStart, Math.max(agentStart, agentEnd));
      const recipients = abs(r, span(namedAt, namedAt + named.length));
      r.events.push({ honour, at: r.base + m.index, agents: [abs(r, agent)], counted: false, recipients, rule });
      return [span(honourStart, honourStart + kind.length)];
    },
  },
  {
    id: 'honour.grant-list',
    // A decision's items name the recipients between the verb and the honour: 授予X、Y“…”称号 / 给X(所长)、Y记个人二等功.
    pattern: /(?:追授|授予|给予|给)([^“”,;。]{2,120}?)(?:“([^”,;。]{2,30})”(?:荣誉)?称号|记((?:个人|集体)?[一二三]等功))/,
    claims: 'match',
    examples: {
      match: ['决定授予城东派出所“全省优秀公安基层单位”称号。', '给王明(所长)、李强记个人二等功。'],
      noMatch: ['被授予2022年度荣誉。'],
    },
    read(m, r, rule) {
      // 被…授予2022年度“…”称号, 被授予全国“…”称号: a passive, its recipient before 被; what stands there is the title's year or scope.
      if (YEAR_ONLY.test(m[1]!) || SCOPE_ONLY.test(m[1]!)) return undefined;
      const { s } = r;
      const raw = m[2] ?? m[3]!;
      const honourEnd = m.index + (m[2] ? m[0].lastIndexOf('”') : m[0].length);
      // 授予A等4名民警第二届“…”称号: the edition is the title's (rule 13), the bare quoted core an alias.
      const edition = m[2] ? EDITION_END.exec(m[1]!)?.[0] : undefined;
      const core = cleanHonour(raw);
      const honour = edition
        ? r.mention(honourEnd - raw.length - 1 - edition.length, honourEnd, edition + core, rule, [core])
        : r.mention(honourEnd - raw.length, honourEnd, core, rule);
      const recipientsStart = m.index + m[0].indexOf(m[1]!);
      // 包头市公安局给予X记个人二等功: the subject of the clause gives it; 经X批准,授予…: X does.
      const cs = clauseStartBefore(s, m.index);
      const approved = cs > 0 ? APPROVED_BY.exec(s.slice(0, cs - 1)) : null;
      const own = (approved ? undefined : deciderBefore(s, cs)) ?? span(cs, m.index);
      const agent = approved ? span(approved.index + 1, approved.index + 1 + approved[1]!.length) : own;
      const recipients = abs(r, span(recipientsStart, recipientsStart + m[1]!.length - (edition?.length ?? 0)));
      r.events.push({ honour, at: r.base + m.index, agents: [abs(r, agent)], counted: false, recipients, rule });
      return [];
    },
  },
  {
    id: 'honour.named-as',
    // 公安部命名X派出所为“枫桥式公安派出所”: the giver before the verb, the recipient between it and 为.
    pattern: /(?:命名|认定|确定|评定)([^“”,;。]{2,40}?)为“([^”,;。]{2,30})”/,
    claims: 'match',
    examples: { match: ['公安部命名城东派出所为“枫桥式公安派出所”。'], noMatch: ['将警务室命名为老马警务室。'] },
    read(m, r, rule) {
      const honourStart = m.index + m[0].length - 1 - m[2]!.length;
      const honour = r.mention(honourStart, honourStart + m[2]!.length, cleanHonour(m[2]!), rule);
      const recipients = abs(r, span(m.index + 2, m.index + 2 + m[1]!.length));
      const agents = [abs(r, span(clauseStartBefore(r.s, m.index), m.index))];
      r.events.push({ honour, at: r.base + m.index, agents, counted: false, recipients, rule });
      return [];
    },
  },
  {
    id: 'honour.award-to',
    // 为民警李某颁发个人三等功奖章: the medal or certificate of a merit citation handed over.
    pattern: /(?:为|向|给)([^“”,;。]{2,30}?)颁发了?((?:个人|集体)?[一二三]等功)(?=奖章|证书|奖牌)/,
    examples: { match: ['局领导为民警张明颁发个人三等功奖章。'], noMatch: ['为群众颁发奖品。'] },
    read(m, r, rule) {
      const honourEnd = m.index + m[0].length;
      const honour = r.mention(honourEnd - m[2]!.length, honourEnd, cleanHonour(m[2]!), rule);
      const recipients = abs(r, span(m.index + 1, m.index + 1 + m[1]!.length));
      r.events.push({ honour, at: r.base + m.index, agents: [], counted: false, recipients, rule });
      return [span(honourEnd - m[2]!.length, honourEnd)];
    },
  },
  {
    id: 'honour.conferred-title',
    // 荣获省委组织部授予的“…”, 市局命名的“…”, 由交通管理局授牌的“…”: a quoted title given by the body before the verb.
    pattern: /(命名|授予|颁发|授牌)的(?=“)/,
    examples: { match: ['该所荣获省委组织部授予的“先进基层党组织”称号。'], noMatch: ['授予荣誉称号。'] },
    read(m, r, rule) {
      const { s } = r;
      if (m[1] === '命名' && NAMED_AFTER.test(s.slice(Math.max(0, m.index - 10), m.index))) return undefined;
      const items = quotedItems(s, m.index + m[0].length);
      let agentStart = m.index;
      while (agentStart > 0 && !endsClauseAt(s, agentStart - 1) && m.index - agentStart < 20) agentStart--;
      let at = agentStart;
      const won = [...s.slice(agentStart, m.index).matchAll(WON_FROM)].pop();
      if (won) {
        at = agentStart + won.index!;
        agentStart = at + won[0].length;
      }
      // 传承由X授牌的“…”优良作风: a title whose spirit is told of, with no verb of winning before it, is only referred to.
      const last = items[items.length - 1];
      const referred = !won && last !== undefined && SPIRIT_OF.test(r.s.slice(last.end + 1, last.end + 8));
      for (const it of items) {
        const honour = r.mention(it.start, it.end, it.name, rule, it.aliases);
        r.events.push({ honour, at: r.base + at, agents: [abs(r, span(agentStart, m.index))], counted: referred, rule });
      }
      return items.map((it) => span(it.start, it.end));
    },
  },
  {
    id: 'honour.verb',
    // 荣获, 获评, 被评为, 荣立 …: the honour is the verb's object; its recipient is written before the verb.
    // 获 is also 抓获, 破获, 获悉…; 记 confers only a merit citation (被省公安厅记集体三等功);
    // 是 only before a scoped, quoted title (它既是全国“优秀公安基层单位”).
    pattern: new RegExp(
      `(?<![抓破查缴捕截收俘猎])(?:${alternation(HONOUR_VERBS)}|记(?=(?:个人|集体)?[一二三]等功)|是(?=(?:全国|全省|全市|全区|省级|市级|国家级)[^“”,;。]{0,8}“))(?![悉取救利准批益胜释得知])`,
    ),
    examples: {
      match: ['东进警务站荣立集体三等功。', '该所被评为“全国优秀公安基层单位”。', '它既是全国“优秀公安基层单位”。', '省公安厅授予其全省先进基层单位称号。'],
      noMatch: ['民警抓获犯罪嫌疑人。', '记者获悉,'],
    },
    read(m, r, rule) {
      const { s, base } = r;
      const vs = m.index;
      // 省公安厅授予其…称号, 交管局将其命名为“…”: 其 is the recipient, told of before; the clause's subject gives.
      const pronounAfter = s[vs + m[0].length] === '其';
      const ve = vs + m[0].length + (pronounAfter ? 1 : 0);
      // 警衔授予、集中颁奖: a verb in a list of ceremonies takes no object.
      if (LIST_MARK.test(s[ve] ?? '')) return undefined;
      const found = honourObject(s, ve);
      // 建成 / 打造成 make a unit into something: a title only when it reads as one throughout (省级执法示范单位, not 训练角).
      if (MADE_INTO.has(m[0])) found.items = found.items.filter((it) => titleThroughout(it.name));
      if (found.items.length === 0) return undefined;
      const clauseStart = clauseStartBefore(s, vs);
      if (RENAMING.test(s.slice(clauseStart, ve))) return undefined;
      const passive = s.lastIndexOf('被', vs - 1);
      const before = s.slice(clauseStart, passive >= clauseStart ? passive : vs);
      const counted = COUNT_BEFORE.test(before) || found.counted === true || COUNT_AFTER.test(s.slice(found.end, found.end + 6));
      // 受到表彰的先进典型: after 受到 only a commendation with its giver (受到公安部通报表扬), or one counted
      // people received (另有46名同志受到嘉奖), is one.
      if (m[0] === '受到' && !counted && (!found.agent || GENERIC_MODIFIERS.has(s.slice(found.agent.start, found.agent.end)))) return undefined;
      // 荣立集体三等功的单位代表: those who won it, a kind of people, like a count, name no recipient.
      const ofKind = WINNERS_OF_KIND.test(s.slice(found.end, found.end + 6));
      const agents: Span[] = [];
      const pronounBefore = PRONOUN_OBJECT.exec(s.slice(clauseStart, vs));
      if (pronounAfter || pronounBefore) agents.push(abs(r, span(clauseStart, pronounBefore ? clauseStart + pronounBefore.index : vs)));
      else if (passive >= clauseStart && passive + 1 < vs) agents.push(abs(r, span(passive + 1, vs)));
      if (found.agent) agents.push(abs(r, found.agent));
      // 经郑川铁路公安局批准,X荣立集体三等功: the body that approved it gives it.
      const approved = agents.length === 0 && clauseStart > 0 ? APPROVED_BY.exec(s.slice(0, clauseStart - 1)) : null;
      if (approved) agents.push(abs(r, span(approved.index + 1, approved.index + 1 + approved[1]!.length)));
      // 获国家林业局森林公安局记集体二等功: the body between 获 and 记 gives it; the recipient is written before 获.
      const gotFrom = m[0] === '记' && passive < clauseStart ? GOT_FROM.exec(s.slice(clauseStart, vs)) : null;
      if (gotFrom) agents.push(abs(r, span(clauseStart + gotFrom.index + gotFrom[0].length - gotFrom[1]!.length, vs)));
      const at = base + (passive >= clauseStart ? passive : gotFrom ? clauseStart + gotFrom.index : vs);
      let previous: HonourEvent | undefined;
      for (const it of found.items) {
        const honour = r.mention(it.start, it.end, it.name, rule, it.aliases);
        const own = it.agent ? [...agents, abs(r, it.agent)] : agents;
        const event: HonourEvent = { honour, at, agents: own, counted: counted || ofKind, rule, ...(pronounAfter || pronounBefore ? { pronoun: true as const } : {}) };
        if (found.year !== undefined) event.year = found.year;
        r.events.push(event);
        previous = event;
      }
      const claims = found.items.map((it) => span(it.start, it.end));
      // 并记功: a bare commendation after 并 shares the event.
      const joined = /^并(记功|嘉奖|通报嘉奖)/.exec(s.slice(found.end));
      if (joined && previous) {
        const start = found.end + 1;
        const honour = r.mention(start, start + joined[1]!.length, joined[1]!, rule);
        r.events.push({ honour, at, agents, counted: counted || ofKind, continues: previous, rule });
        claims.push(span(start, start + joined[1]!.length));
      }
      return claims;
    },
  },
  {
    id: 'honour.roll-heading',
    // ●“全国优秀人民警察”: a roll's heading, a bullet and a title alone on its line, is the title its lines received.
    pattern: /^[●■◆★▲◎○•]\s*“?([^“”,;。:!?]{2,30}?)”?(?:荣誉称号|称号)?$/,
    examples: { match: ['●“全国优秀人民警察”', '■ 全省先进集体'], noMatch: ['● 2023年工作回顾:全年破案100起。'] },
    read(m, r, rule) {
      const at = r.s.indexOf(m[1]!);
      const name = cleanHonour(m[1]!);
      if (!honourShaped(name)) return undefined;
      r.events.push({ honour: r.mention(at, at + m[1]!.length, name, rule), at: r.base, agents: [], counted: false, rule });
      return [span(at, at + m[1]!.length)];
    },
  },
  {
    id: 'honour.list-heading',
    // 五、嘉奖 / (三)通报表扬(2名): a decision list's numbered heading that is a commendation alone, given to the lines under it.
    pattern: new RegExp(String.raw`^(?:[${CN_DIGITS}]+、|[(（][${CN_DIGITS}\d]+[)）]|\d+[.、])(?:给予)?((?:集体|个人)?(?:${COMMENDATION_ALT}))(?:[(（]?[${CN_DIGITS}\d]+[名个人]?[)）]?)?$`),
    examples: { match: ['五、嘉奖', '(三)通报表扬(2名)'], noMatch: ['五、工作要求'] },
    read(m, r, rule) {
      const at = m.index + m[0].indexOf(m[1]!);
      r.events.push({ honour: r.mention(at, at + m[1]!.length, m[1]!, rule), at: r.base, agents: [], counted: false, rule });
      return [span(at, at + m[1]!.length)];
    },
  },
  {
    id: 'honour.merit',
    // 三等功, 集体二等功 wherever written: an honour entity, given to whoever another reading names.
    pattern: MERIT,
    examples: { match: ['有2人荣立个人三等功', '集体二等功'], noMatch: ['一等奖'] },
    read(m, r, rule) {
      r.mention(m.index, m.index + m[0].length, cleanHonour(m[0]), rule);
      return [span(m.index, m.index + m[0].length)];
    },
  },
];

/** A span of the sentence as offsets in the article. */
function abs(r: HonourReading, sp: Span): Span {
  return { start: r.base + sp.start, end: r.base + sp.end };
}
