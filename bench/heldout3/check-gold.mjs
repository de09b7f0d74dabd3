#!/usr/bin/env node
// Consistency checks for bench/heldout3 gold files (run from /work/main):
//   node bench/heldout3/check-gold.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const dir = path.dirname(new URL(import.meta.url).pathname);
const require = createRequire(path.join(dir, '../../package.json'));
const t2s = require('opencc-js').Converter({ from: 't', to: 'cn' });
const fold = (s) => t2s(s.normalize('NFKC')).replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '').replace(/[“”‘’"'「」『』\s\u3000]/g, '');
const SIG = { PART_OF: [['Unit'], ['Unit']], MEMBER_OF: [['Person'], ['Unit']], RECEIVED: [['Person', 'Unit'], ['Honour']],
  LEADS: [['Unit', 'Person'], ['Initiative']], PARTNERS_WITH: [['Unit'], ['Organization']] };
// Units named only inside a coordinated list ("下设冲赛康、扎基2个便民警务站"), given their
// expanded names as seed 001 does with 联华警务工作服务站.
const LIST_EXPANDED = new Set(['冲赛康便民警务站', '东海湾社区警务室', '宝珊社区警务室', '云谷社区警务室', '后埔社区警务室']);
let errors = 0;
const err = (f, m) => { errors++; console.log(`${f}: ${m}`); };
for (const f of fs.readdirSync(path.join(dir, 'gold')).filter((x) => x.endsWith('.json')).sort()) {
  const g = JSON.parse(fs.readFileSync(path.join(dir, 'gold', f), 'utf8'));
  if (g.article !== f.replace(/\.json$/, '.txt')) err(f, 'article field mismatch');
  const text = fs.readFileSync(path.join(dir, 'articles', g.article), 'utf8');
  const ftext = fold(text);
  const byName = new Map();
  for (const e of g.entities) {
    for (const n of [e.name, ...(e.aliases || [])]) {
      if (byName.has(n)) err(f, `duplicate name/alias ${n}`);
      byName.set(n, e);
      if (t2s(n) !== n) err(f, `not Simplified: ${n}`);
      if (!ftext.includes(fold(n)) && !LIST_EXPANDED.has(n)) err(f, `name not in article: ${n}`);
    }
  }
  for (const r of g.relations) {
    const sig = SIG[r.type];
    if (!sig) { err(f, `bad relation type ${r.type}`); continue; }
    const a = g.entities.find((e) => e.name === r.from), b = g.entities.find((e) => e.name === r.to);
    if (!a || !sig[0].includes(a.type)) err(f, `bad from ${r.type} ${r.from}`);
    if (!b || !sig[1].includes(b.type)) err(f, `bad to ${r.type} ${r.to}`);
    if (r.conferredBy !== undefined) {
      const c = g.entities.find((e) => e.name === r.conferredBy);
      if (!c || !['Unit', 'Organization'].includes(c.type)) err(f, `bad conferredBy ${r.conferredBy}`);
      if (r.type !== 'RECEIVED') err(f, 'conferredBy on non-RECEIVED');
    }
    if (r.year !== undefined && (typeof r.year !== 'number' || r.type !== 'RECEIVED')) err(f, `bad year ${r.year}`);
    if (r.role !== undefined && r.type !== 'MEMBER_OF') err(f, 'role on non-MEMBER_OF');
    if (!r.evidence || !text.includes(r.evidence)) err(f, `evidence not verbatim: ${r.evidence}`);
  }
  for (const e of g.entities.filter((e) => e.type === 'Initiative'))
    if (!g.relations.some((r) => r.type === 'LEADS' && r.to === e.name)) err(f, `Initiative without LEADS: ${e.name}`);
  const keys = g.relations.map((r) => `${r.type}|${r.from}|${r.to}`);
  if (new Set(keys).size !== keys.length) err(f, 'duplicate relation');
}
console.log(errors ? `${errors} problem(s)` : 'all gold files consistent');
process.exit(errors ? 1 : 0);
