// Consistency checks for a set's gold files against /work/shared/ANNOTATION.md and ONTOLOGY.md:
// names occur in the article (after the scorer's folding), are Simplified and unique; no masked
// names as people, no pronoun-like or relative references as unit names (rule 3); relations
// between entities of the right types, properties only where they belong, verbatim evidence.
// Run from the repo root:
//   node bench/check-gold.mjs bench/heldout5
//   node bench/check-gold.mjs test/fixtures --articles seed/articles
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const req = createRequire(path.join(process.cwd(), 'package.json'));
const OpenCC = req('opencc-js');
const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dir = args[0] && !args[0].startsWith('--') ? path.resolve(args[0]) : undefined;
const articlesDir = path.resolve(opt('--articles') ?? path.join(dir ?? '', 'articles'));
if (!dir || !fs.existsSync(path.join(dir, 'gold')) || !fs.existsSync(articlesDir)) {
  console.error('usage: node bench/check-gold.mjs <set directory with gold/> [--articles <articles directory, default <set>/articles>]');
  process.exit(2);
}
// The scorer's folding (shared/eval/score.mjs), plus the inline pinyin the cleaner removes.
const fold = (s) =>
  t2s(s.normalize('NFKC'))
    .replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '')
    .replace(/[“”‘’"'「」『』《》〈〉\s\u3000]/g, '');
const ENTITY_TYPES = ['Unit', 'Person', 'Honour', 'Initiative', 'Organization'];
const TYPES = { PART_OF: [['Unit'], ['Unit']], MEMBER_OF: [['Person'], ['Unit']], RECEIVED: [['Person', 'Unit'], ['Honour']], LEADS: [['Unit', 'Person'], ['Initiative']], PARTNERS_WITH: [['Unit'], ['Organization']] };
// Rule 3: a reference with only a pronoun-like or relative qualifier names no body. A canonical
// name never starts with one; an alias may (`市公安局昭阳分局` in the twins) when it goes on to a name.
const RELATIVE = '(?:市|县|区|省|州|自治区)(?:局|厅|公安局|公安厅|委|政府|人民政府|妇联|委政法委|疫情办)(?:党委)?|团(?:市|区|县|省)委|省厅';
// Pronoun-like openings and words glued in front (`作为市局`); not 本/原 alone (本溪, 原平 are places).
const GLUED = /^(?:该|我[县市区省所局]|本[所局队]|作为|及|曾任)/;
const RELATIVE_START = new RegExp(`^(?:${RELATIVE})`);
const RELATIVE_WHOLE = new RegExp(`^(?:${RELATIVE})$`);
// A unit named only inside a coordinated list (`下设冲赛康、扎基2个便民警务站`) gets its expanded
// name: its proper part is listed (after or before a 、, or before a count) shortly before the shared head.
const fromList = (ftext, name) => {
  for (let k = 2; k <= name.length - 2; k++) {
    const [proper, head] = [name.slice(0, k), name.slice(k)];
    for (let i = ftext.indexOf(proper); i >= 0; i = ftext.indexOf(proper, i + 1)) {
      const between = ftext.slice(i + proper.length, i + proper.length + 30);
      const j = between.indexOf(head);
      if (j >= 0 && (ftext[i - 1] === '、' || /、|[0-9一二三四五六七八九十]+[个座所家]/.test(between.slice(0, j)))) return true;
    }
  }
  return false;
};
let errors = 0;
const err = (m) => { errors++; console.log('ERROR', m); };
for (const f of fs.readdirSync(path.join(dir, 'gold')).filter((f) => f.endsWith('.json')).sort()) {
  const g = JSON.parse(fs.readFileSync(path.join(dir, 'gold', f), 'utf8'));
  if (g.article !== f.replace(/\.json$/, '.txt')) err(`${f}: article field ${g.article}`);
  const art = fs.readFileSync(path.join(articlesDir, g.article), 'utf8');
  const fa = fold(art);
  const byName = new Map();
  const expanded = [];
  for (const e of g.entities) {
    if (!ENTITY_TYPES.includes(e.type)) err(`${f}: entity type ${e.type}`);
    if ((e.aliases ?? []).includes(e.name)) err(`${f}: ${e.name} is its own alias`);
    if (e.type === 'Person' && /某/.test(e.name)) err(`${f}: masked name ${e.name} as a Person (rule 4)`);
    if (['Unit', 'Organization'].includes(e.type) && (GLUED.test(e.name) || RELATIVE_START.test(e.name))) err(`${f}: ${e.name} is an unnamed reference (rule 3)`);
    for (const n of [e.name, ...(e.aliases ?? [])]) {
      if (byName.has(n)) err(`${f}: name ${n} shared`);
      byName.set(n, e);
      if (n !== e.name && ['Unit', 'Organization'].includes(e.type) && (GLUED.test(n) || RELATIVE_WHOLE.test(n))) err(`${f}: alias ${n} is an unnamed reference (rule 3)`);
      if (!fa.includes(fold(n))) {
        if (e.type === 'Unit' && fromList(fa, n)) expanded.push(n);
        else err(`${f}: name ${n} not in article`);
      }
      if (t2s(n) !== n) err(`${f}: name ${n} not Simplified`);
    }
  }
  const seen = new Set();
  for (const r of g.relations) {
    const key = `${r.type}|${r.from}|${r.to}`;
    if (seen.has(key)) err(`${f}: duplicate ${key}`);
    seen.add(key);
    if (!TYPES[r.type]) { err(`${f}: relation type ${r.type}`); continue; }
    const a = g.entities.find((e) => e.name === r.from), b = g.entities.find((e) => e.name === r.to);
    if (!a || !b) { err(`${f}: ${key} end not an entity (canonical)`); continue; }
    const [ft, tt] = TYPES[r.type];
    if (!ft.includes(a.type) || !tt.includes(b.type)) err(`${f}: ${key} types ${a.type}->${b.type}`);
    if (r.conferredBy !== undefined) {
      const c = g.entities.find((e) => e.name === r.conferredBy);
      if (!c || !['Unit', 'Organization'].includes(c.type)) err(`${f}: conferredBy ${r.conferredBy}`);
    }
    if ((r.conferredBy !== undefined || r.year !== undefined) && r.type !== 'RECEIVED') err(`${f}: ${key} year/conferredBy off RECEIVED`);
    if (r.role !== undefined && r.type !== 'MEMBER_OF') err(`${f}: ${key} role off MEMBER_OF`);
    if (r.year !== undefined && typeof r.year !== 'number') err(`${f}: year not number`);
    if (r.evidence !== undefined && !art.includes(r.evidence)) err(`${f}: evidence not verbatim: ${r.evidence}`);
  }
  for (const e of g.entities.filter((e) => e.type === 'Initiative'))
    if (!g.relations.some((r) => r.type === 'LEADS' && r.to === e.name)) err(`${f}: initiative ${e.name} without LEADS`);
  console.log(`${f}: ${g.entities.length} entities, ${g.relations.length} relations, ${[...art].length} chars${expanded.length ? `; from coordinated lists: ${expanded.join(', ')}` : ''}`);
}
console.log(errors ? `${errors} errors` : 'all checks passed');
process.exit(errors ? 1 : 0);
