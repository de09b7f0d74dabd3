// The readings a relation can come from, one id each. Every fact carries the
// id of the reading that produced it (ExtractedRelation.rule): for debugging
// a wrong fact, and for its confidence (confidence.ts), measured per reading.

export const RELATION_RULES = {
  'part-of.compound': 'a compound name: A市公安局B分局C派出所 puts each link in the one before it',
  'part-of.contained': 'a containment statement: 支队下设X、Y两个大队, 分局所属X派出所',
  'part-of.party-body': 'a Party or League body named with its unit: X派出所党支部',
  'part-of.article-unit': 'a sub-unit named without its parent, in the unit the article is about',
  'part-of.formed-by': 'a team formed by a police unit: 支队组建“冰城铁骑”突击队',
  'member-of.post': 'a post written right after the unit it is held in: X派出所所长Y',
  'member-of.post-implied': 'a post with no unit written: the unit of the post beside it, named nearby, or the article’s',
  'member-of.titled': 'a titled person the article presents without a post: in the unit the article is about',
  'member-of.police-group': 'a person listed among police with no post: X、Y等众多青年民警, in the unit the article is about',
  'received.roll': 'a printed roll or decision list: the lines under a heading that names the title or the commendation',
  'received.counted-list': 'the named heads of a counted list: X、Y等N人荣立…',
  'received.continues': 'a commendation that continues the event before it: …,并记功',
  'received.listed-after': 'the winners listed after a relative clause that names the honour: 获评X的3名民警是:A,B',
  'received.named': 'the recipient the pattern names: a title before a name, 对X予以, 授予X',
  'received.subject': 'the subject of the verb: the actor written before it, else the sentence’s or paragraph’s',
  'leads.agent': 'the founder the mention names: 由X牵头组建',
  'leads.subject': 'the subject of the verb that introduced it',
  'leads.leader': 'a leader named with it: 在X的带领下, 由X领衔',
  'leads.founder': 'a founder in a relative clause: X创建的“…”',
  'leads.team-leader': 'the holder of a team’s leading post: 突击队队长X',
  'leads.team-head': 'the head of a team or the owner of a room, said in a sentence of its own: 队长是X, 工作室的主人叫X',
  'leads.possessor': 'the unit written right before the name: 推广X派出所“…”工作法',
  'leads.unit-led': 'the unit a person leads into it: 他带领党总支打造…, 带领全队推出…',
  'partners.joined': 'a unit and an organisation joined by a joint act: X与Y联合…, Y与X签署…',
  'partners.subject': 'an organisation joined with the clause’s subject: 积极与X、Y建立合作关系',
} as const;

export type RelationRule = keyof typeof RELATION_RULES;
