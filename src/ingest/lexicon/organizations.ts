// Outside (non-police) bodies: head nouns by kind, and the media words that
// mark an enumeration as a list of outlets rather than partners.
import { alternation } from './common.js';

export type OrgKind = 'party_committee' | 'government' | 'hospital' | 'school' | 'foundation' | 'company' | 'other';

export const ORG_HEADS: ReadonlyArray<readonly [string, OrgKind]> = [
  ['组织部', 'party_committee'], ['宣传部', 'party_committee'], ['统战部', 'party_committee'], ['政法委员会', 'party_committee'],
  ['政法委', 'party_committee'], ['纪委', 'party_committee'], ['市委', 'party_committee'], ['区委', 'party_committee'],
  ['县委', 'party_committee'], ['省委', 'party_committee'], ['党工委', 'party_committee'],
  // An outside body's Party committee (商圈党委, 镇党委); a police one is a Unit, read first.
  ['党委', 'party_committee'], ['文明委', 'government'],
  ['文明办', 'government'], ['委员会', 'government'], ['办公室', 'government'], ['人民政府', 'government'], ['政府', 'government'],
  ['办事处', 'government'], ['管委会', 'government'], ['居委会', 'government'], ['村委会', 'government'], ['人民法院', 'government'],
  ['法院', 'government'], ['人民检察院', 'government'], ['检察院', 'government'], ['司法局', 'government'], ['教育局', 'government'],
  ['民政局', 'government'], ['卫健委', 'government'], ['妇联', 'government'], ['总工会', 'government'], ['团市委', 'government'],
  ['团县委', 'government'], ['团区委', 'government'], ['团省委', 'government'],
  ['医院', 'hospital'], ['卫生院', 'hospital'], ['卫生服务中心', 'hospital'], ['急救中心', 'hospital'], ['疾控中心', 'hospital'],
  ['大学', 'school'], ['学院', 'school'], ['学校', 'school'], ['中学', 'school'], ['小学', 'school'], ['幼儿园', 'school'],
  ['职业学校', 'school'], ['基金会', 'foundation'], ['慈善会', 'foundation'], ['红十字会', 'foundation'], ['慈善总会', 'foundation'],
  ['公司', 'company'], ['集团', 'company'], ['银行', 'company'], ['支行', 'company'], ['分行', 'company'], ['商会', 'company'],
  ['协会', 'other'], ['学会', 'other'], ['研究会', 'other'], ['联合会', 'other'], ['促进会', 'other'], ['书画院', 'other'],
  ['福利院', 'other'], ['敬老院', 'other'], ['养老院', 'other'], ['研究院', 'other'], ['图书馆', 'other'], ['博物馆', 'other'],
  ['纪念馆', 'other'], ['科技馆', 'other'], ['文化馆', 'other'], ['美术馆', 'other'], ['电视台', 'other'], ['报社', 'other'],
  ['州委', 'party_committee'], ['盟委', 'party_committee'], ['地委', 'party_committee'],
  // Government bureaus other than police ones (公安局 is a Unit, read first): 自然保护区管理局, 林业局.
  ['管理局', 'government'], ['管护局', 'government'], ['林业局', 'government'], ['林草局', 'government'],
  ['自然资源局', 'government'], ['生态环境局', 'government'], ['交通运输局', 'government'], ['市场监管局', 'government'],
  ['市场监督管理局', 'government'], ['文化和旅游局', 'government'], ['文旅局', 'government'], ['税务局', 'government'],
  ['海事局', 'government'], ['应急管理局', 'government'], ['海关', 'government'], ['渔业局', 'government'], ['海洋局', 'government'],
  ['农业农村局', 'government'], ['水利局', 'government'], ['住建局', 'government'], ['城管局', 'government'], ['卫健局', 'government'],
  ['人社局', 'government'], ['财政局', 'government'], ['商务局', 'government'], ['体育局', 'government'], ['旅游局', 'government'],
  ['医保局', 'government'], ['气象局', 'government'], ['邮政局', 'government'], ['退役军人事务局', 'government'], ['信访局', 'government'],
  ['科学院', 'other'], ['植物园', 'other'], ['动物园', 'other'], ['国际机场', 'company'], ['有限公司', 'company'],
  ['股份有限公司', 'company'], ['有限责任公司', 'company'],
  // Provincial departments other than police ones (公安厅 is a Unit).
  ['司法厅', 'government'], ['教育厅', 'government'], ['民政厅', 'government'],
  ['人社厅', 'government'], ['财政厅', 'government'], ['精神文明建设委员会', 'government'],
  // A university's campus is part of its name: 暨南大学 + 珠海校区.
  ['校区', 'school'],
  ['消防救援支队', 'government'], ['消防救援大队', 'government'], ['消防救援站', 'government'], ['消防救援局', 'government'],
  // An outside body's Party branch (国际合作处党支部); a police one is a Unit, read first.
  ['党支部', 'party_committee'], ['党总支', 'party_committee'],
  ['村', 'government'], ['林场', 'other'], ['农场', 'other'], ['中心', 'other'], ['物流园', 'company'], ['产业园', 'company'], ['工业园', 'company'], ['科技园', 'company'],
  ['志愿者协会', 'other'], ['服务中心', 'other'], ['援助中心', 'other'], ['救助中心', 'other'], ['调解中心', 'other'], ['律师事务所', 'company'], ['事务所', 'company'],
];

/** Bodies named without a place of their own: national ones, and the local League committee (与团区委携手). */
export const NATIONAL_BODIES = [
  // Ministries other than 公安部 (a Unit).
  '人力资源社会保障部', '人力资源和社会保障部', '人社部', '教育部', '民政部', '司法部',
  '共青团中央', '团中央', '中共中央', '党中央', '国务院', '民航局', '中国民用航空局', '中华全国总工会', '中华全国妇女联合会', '团市委', '团区委', '团县委', '团省委'];

/** The short forms of national bodies (团中央 is 共青团中央's), an alias where the article names both. */
export const NATIONAL_SHORT_NAMES: Record<string, string> = {
  团中央: '共青团中央', 人社部: '人力资源和社会保障部', 民航局: '中国民用航空局', 党中央: '中共中央',
};

/** Heads that name a kind of place or office as often as a body: an organisation only with a place opening its name (铜川农林中心, 五里镇林场). */
export const PLACE_ANCHORED_HEADS = new Set(['中心', '林场', '农场']);


/** Party and League bodies of an outside organisation (陕西师范大学文学院党委): part of its name. */
export const ORG_PARTY_BODIES = ['党委', '党总支', '党支部', '团委', '团总支', '团支部'];

/** Prefixes that belong to a Party or League body's name: 中共洛阳市委, 共青团四川省委. */
export const ORG_PREFIXES = /(?:中国共产党|中共|共青团)$/;

/** An enumeration closed by one of these lists media outlets, not partners. */
export const MEDIA_WORDS = ['微博', '媒体', '网站', '报纸', '电视', '客户端', '新闻网', '公众号', '网络平台'];

/** Words right before a partner's full name: 与X签订, 携手X. */
export const PARTNER_MARKERS = ['与', '携手', '联合', '联手', '会同'];

/** Verbs and nouns of partnership: 联合, 与…共建, 签署…协议. */
export const PARTNER_VERBS = ['联合', '携手', '联手', '牵手', '会同', '协同', '共建', '共创', '结对', '合作', '签署', '签订', '联建', '联动', '走进', '联系'];
/** Any of PARTNER_VERBS (for scanning, a copy with the g flag: new RegExp(PARTNER_VERB, 'g')). */
export const PARTNER_VERB = new RegExp(`(?:${alternation(PARTNER_VERBS)})`);
