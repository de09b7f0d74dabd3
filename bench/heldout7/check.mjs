// Checks gold/*.json against articles/*.txt:
//  - every entity name and alias occurs in its article (after NFKC, Traditional→Simplified
//    folding, and removal of inline pinyin and quotes);
//  - no name/alias is shared by two entities; relation ends exist with the right types;
//  - conferredBy names a Unit or Organization; every evidence string occurs verbatim.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const OpenCC = require('opencc-js');
const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
const hk2s = OpenCC.Converter({ from: 'hk', to: 'cn' });
const root = path.dirname(new URL(import.meta.url).pathname);
const fold = (s) => t2s(hk2s(s.normalize('NFKC')))
  .replace(/\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)/g, '')
  .replace(/[“”‘’"'「」『』《》〈〉\s\u3000]/g, '');
const ENDS = {
  PART_OF: [['Unit'], ['Unit']], MEMBER_OF: [['Person'], ['Unit']], RECEIVED: [['Person', 'Unit'], ['Honour']],
  LEADS: [['Unit', 'Person'], ['Initiative']], PARTNERS_WITH: [['Unit'], ['Organization']],
};
let errors = 0;
const err = (m) => { errors++; console.log('ERROR ' + m); };
const counts = {};
for (const f of fs.readdirSync(path.join(root, 'gold')).filter((x) => x.endsWith('.json')).sort()) {
  const g = JSON.parse(fs.readFileSync(path.join(root, 'gold', f), 'utf8'));
  if (g.article !== f.replace(/\.json$/, '.txt')) err(`${f}: article field ${g.article}`);
  const raw = fs.readFileSync(path.join(root, 'articles', g.article), 'utf8');
  const text = fold(raw);
  const byName = new Map();
  for (const e of g.entities) {
    counts[e.type] = (counts[e.type] ?? 0) + 1;
    if (!ENDS.PART_OF && false) {}
    for (const n of [e.name, ...(e.aliases ?? [])]) {
      if (!text.includes(fold(n))) err(`${f}: ${e.type} name "${n}" not in article`);
      if (byName.has(n)) err(`${f}: name "${n}" used twice`);
      byName.set(n, e);
    }
    if (/[某]/.test(e.name) && e.type === 'Person') err(`${f}: masked person ${e.name}`);
  }
  const seen = new Set();
  for (const r of g.relations) {
    counts[r.type] = (counts[r.type] ?? 0) + 1;
    const [ft, tt] = ENDS[r.type] ?? [[], []];
    const a = g.entities.find((e) => e.name === r.from), b = g.entities.find((e) => e.name === r.to);
    if (!a || !ft.includes(a.type)) err(`${f}: ${r.type} from "${r.from}" not a ${ft}`);
    if (!b || !tt.includes(b.type)) err(`${f}: ${r.type} to "${r.to}" not a ${tt}`);
    if (r.conferredBy) {
      const c = g.entities.find((e) => e.name === r.conferredBy);
      if (!c || !['Unit', 'Organization'].includes(c.type)) err(`${f}: conferredBy "${r.conferredBy}" not a Unit/Organization entity`);
    }
    if (r.role && r.type !== 'MEMBER_OF') err(`${f}: role on ${r.type}`);
    if ((r.year || r.conferredBy) && r.type !== 'RECEIVED') err(`${f}: year/conferredBy on ${r.type}`);
    if (!r.evidence || !raw.includes(r.evidence)) err(`${f}: evidence not verbatim: ${r.evidence}`);
    if (r.year && !fold(r.evidence).includes(String(r.year))) err(`${f}: year ${r.year} not in its evidence`);
    const k = `${r.type}|${r.from}|${r.to}`;
    if (seen.has(k)) err(`${f}: duplicate relation ${k}`);
    seen.add(k);
    if (r.type === 'MEMBER_OF' && r.role && !fold(r.evidence).includes(fold(r.role))) err(`${f}: role "${r.role}" not in evidence`);
  }
  const len = raw.replace(/\s/g, '').length;
  console.log(`${f}: ${len} chars, ${g.entities.length} entities, ${g.relations.length} relations`);
}
console.log(JSON.stringify(counts));
console.log(errors ? `${errors} errors` : 'OK: no errors');
process.exit(errors ? 1 : 0);
