import fs from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire('/work/main/package.json');
const OpenCC = require('opencc-js');
const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
const EXC = new Set(['大坪巡警中队']); // built from a coordinated list, as seed 001's 联华警务工作服务站
const dir = process.argv[2] ?? new URL('.', import.meta.url).pathname;
const ok = { PART_OF: [['Unit'], ['Unit']], MEMBER_OF: [['Person'], ['Unit']], RECEIVED: [['Person', 'Unit'], ['Honour']], LEADS: [['Unit', 'Person'], ['Initiative']], PARTNERS_WITH: [['Unit'], ['Organization']] };
let bad = 0;
const err = (...a) => { bad++; console.log('ERR', ...a); };
for (const f of fs.readdirSync(dir + '/gold').sort()) {
  const g = JSON.parse(fs.readFileSync(`${dir}/gold/${f}`, 'utf8'));
  if (g.article !== f.replace(/\.json$/, '.txt')) err(f, 'article field');
  const art = fs.readFileSync(`${dir}/articles/${g.article}`, 'utf8');
  const folded = t2s(art.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '')).replace(/[“”‘’"'「」『』\s\u3000]/g, '');
  const byName = new Map(); const seen = new Map();
  for (const e of g.entities) {
    byName.set(e.name, e);
    for (const n of [e.name, ...(e.aliases ?? [])]) {
      if (seen.has(n)) err(f, 'dup name', n);
      seen.set(n, e);
      if (!folded.includes(n) && !EXC.has(n)) err(f, 'name not in article', n);
      if (t2s(n) !== n) err(f, 'name not simplified', n);
    }
  }
  const leads = new Set();
  for (const r of g.relations) {
    const a = byName.get(r.from), b = byName.get(r.to);
    if (!a || !b) { err(f, 'dangling', r.from, r.to); continue; }
    const [fa, tb] = ok[r.type];
    if (!fa.includes(a.type) || !tb.includes(b.type)) err(f, 'type', r.type, r.from, r.to);
    if (r.conferredBy) { const c = byName.get(r.conferredBy); if (!c || !['Unit', 'Organization'].includes(c.type)) err(f, 'conferredBy', r.conferredBy); }
    if ('year' in r && typeof r.year !== 'number') err(f, 'year');
    if (!art.includes(r.evidence)) err(f, 'evidence', r.evidence);
    if (r.type === 'LEADS') leads.add(r.to);
  }
  for (const e of g.entities) if (e.type === 'Initiative' && !leads.has(e.name)) err(f, 'initiative without LEADS', e.name);
  const keys = g.relations.map((r) => `${r.type}|${r.from}|${r.to}`);
  if (new Set(keys).size !== keys.length) err(f, 'duplicate relation');
  console.log(f, [...art].length, 'chars,', g.entities.length, 'entities,', g.relations.length, 'relations');
}
console.log(bad ? `${bad} problems` : 'all checks pass');
