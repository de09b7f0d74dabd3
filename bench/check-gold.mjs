// Consistency checks for a held-out set's gold files: names as written in the article, Simplified,
// unique; relations between entities of the right types. Run from the repo root:
//   node bench/check-gold.mjs bench/heldout5
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const req = createRequire(path.join(process.cwd(), 'package.json'));
const OpenCC = req('opencc-js');
const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
const dir = path.resolve(process.argv[2] ?? '');
if (!process.argv[2] || !fs.existsSync(path.join(dir, 'gold'))) {
  console.error('usage: node bench/check-gold.mjs <set directory with gold/ and articles/>');
  process.exit(2);
}
const fold = (s) => t2s(s).replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '').replace(/[“”"\s\u3000]/g, '');
const TYPES = { PART_OF: [['Unit'], ['Unit']], MEMBER_OF: [['Person'], ['Unit']], RECEIVED: [['Person', 'Unit'], ['Honour']], LEADS: [['Unit', 'Person'], ['Initiative']], PARTNERS_WITH: [['Unit'], ['Organization']] };
let errors = 0;
const err = (m) => { errors++; console.log('ERROR', m); };
for (const f of fs.readdirSync(path.join(dir, 'gold')).filter((f) => f.endsWith('.json')).sort()) {
  const g = JSON.parse(fs.readFileSync(path.join(dir, 'gold', f), 'utf8'));
  if (g.article !== f.replace(/\.json$/, '.txt')) err(`${f}: article field ${g.article}`);
  const art = fs.readFileSync(path.join(dir, 'articles', g.article), 'utf8');
  const fa = fold(art);
  const byName = new Map();
  for (const e of g.entities) {
    for (const n of [e.name, ...(e.aliases ?? [])]) {
      if (byName.has(n)) err(`${f}: name ${n} shared`);
      byName.set(n, e);
      if (!fa.includes(fold(n))) err(`${f}: name ${n} not in article`);
      if (t2s(n) !== n) err(`${f}: name ${n} not Simplified`);
    }
  }
  const seen = new Set();
  for (const r of g.relations) {
    const key = `${r.type}|${r.from}|${r.to}`;
    if (seen.has(key)) err(`${f}: duplicate ${key}`);
    seen.add(key);
    const a = g.entities.find((e) => e.name === r.from), b = g.entities.find((e) => e.name === r.to);
    if (!a || !b) { err(`${f}: ${key} end not an entity (canonical)`); continue; }
    const [ft, tt] = TYPES[r.type] ?? [[], []];
    if (!ft.includes(a.type) || !tt.includes(b.type)) err(`${f}: ${key} types ${a.type}->${b.type}`);
    if (r.conferredBy !== undefined) {
      const c = g.entities.find((e) => e.name === r.conferredBy);
      if (!c || !['Unit', 'Organization'].includes(c.type)) err(`${f}: conferredBy ${r.conferredBy}`);
    }
    if (r.year !== undefined && typeof r.year !== 'number') err(`${f}: year not number`);
    if (!r.evidence || !art.includes(r.evidence)) err(`${f}: evidence not verbatim: ${r.evidence}`);
  }
  for (const e of g.entities.filter((e) => e.type === 'Initiative'))
    if (!g.relations.some((r) => r.type === 'LEADS' && r.to === e.name)) err(`${f}: initiative ${e.name} without LEADS`);
  console.log(`${f}: ${g.entities.length} entities, ${g.relations.length} relations, ${[...art].length} chars`);
}
console.log(errors ? `${errors} errors` : 'all checks passed');
process.exit(errors ? 1 : 0);
