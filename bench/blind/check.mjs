// Throwaway validator for the blind set: node check.mjs
import fs from 'fs';
import path from 'path';
import * as OpenCC from 'opencc-js';

const DIR = path.dirname(new URL(import.meta.url).pathname);
const fold = OpenCC.Converter({ from: 'hk', to: 'cn' });
const PINYIN = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const QUOTES = /[“”‘’"'「」『』《》\s　]/g;
const norm = s => fold(s).replace(PINYIN, '').replace(QUOTES, '');

const TYPES = new Set(['Unit', 'Person', 'Honour', 'Initiative', 'Organization']);
const SIG = {
  PART_OF: [['Unit'], ['Unit']],
  MEMBER_OF: [['Person'], ['Unit']],
  RECEIVED: [['Person', 'Unit'], ['Honour']],
  LEADS: [['Unit', 'Person'], ['Initiative']],
  PARTNERS_WITH: [['Unit'], ['Organization']],
};

let errors = 0, warnings = 0;
const err = (f, m) => { errors++; console.log(`ERROR ${f}: ${m}`); };
const warn = (f, m) => { warnings++; console.log(`warn  ${f}: ${m}`); };
const entCount = {}, relCount = {};
let nArt = 0, nEnt = 0, nRel = 0, nChars = [];

const arts = fs.readdirSync(path.join(DIR, 'articles')).filter(f => f.endsWith('.txt')).sort();
const golds = fs.readdirSync(path.join(DIR, 'gold')).filter(f => f.endsWith('.json')).sort();
for (const a of arts) if (!golds.includes(a.replace(/\.txt$/, '.json'))) err(a, 'no gold file');
for (const g of golds) {
  const a = g.replace(/\.json$/, '.txt');
  if (!arts.includes(a)) { err(g, 'no article'); continue; }
  const raw = fs.readFileSync(path.join(DIR, 'articles', a), 'utf8');
  const text = norm(raw);
  let gold;
  try { gold = JSON.parse(fs.readFileSync(path.join(DIR, 'gold', g), 'utf8')); }
  catch (e) { err(g, 'bad JSON: ' + e.message); continue; }
  nArt++; nChars.push([...raw].length);
  if (gold.article !== a) err(g, `article field ${gold.article} != ${a}`);
  const byName = new Map();   // canonical name -> entity
  const surface = new Map();  // type|surface -> canonical
  for (const e of gold.entities) {
    nEnt++; entCount[e.type] = (entCount[e.type] || 0) + 1;
    if (!TYPES.has(e.type)) err(g, `bad entity type ${e.type}`);
    if (byName.has(e.name)) err(g, `duplicate entity name ${e.name}`);
    byName.set(e.name, e);
    if (!Array.isArray(e.aliases)) err(g, `aliases missing for ${e.name}`);
    for (const s of [e.name, ...(e.aliases || [])]) {
      if (!s || s !== s.trim()) err(g, `empty/space-padded name in ${e.name}`);
      if (QUOTES.test(s)) err(g, `quote or space inside name "${s}"`);
      QUOTES.lastIndex = 0;
      if (fold(s) !== s) err(g, `name not in Simplified: "${s}" (folds to ${fold(s)})`);
      if (!text.includes(norm(s))) err(g, `${e.type} "${s}" (of ${e.name}) not found in article text`);
      const key = e.type + '|' + norm(s);
      if (surface.has(key) && surface.get(key) !== e.name) err(g, `surface "${s}" shared by ${surface.get(key)} and ${e.name}`);
      surface.set(key, e.name);
    }
    if ((e.aliases || []).includes(e.name)) err(g, `alias equals name ${e.name}`);
  }
  const seen = new Set();
  for (const r of gold.relations) {
    nRel++; relCount[r.type] = (relCount[r.type] || 0) + 1;
    const sig = SIG[r.type];
    if (!sig) { err(g, `bad relation type ${r.type}`); continue; }
    const fe = byName.get(r.from), te = byName.get(r.to);
    if (!fe) err(g, `${r.type} from "${r.from}" is not an entity name`);
    if (!te) err(g, `${r.type} to "${r.to}" is not an entity name`);
    if (fe && !sig[0].includes(fe.type)) err(g, `${r.type} from ${r.from} has type ${fe.type}`);
    if (te && !sig[1].includes(te.type)) err(g, `${r.type} to ${r.to} has type ${te.type}`);
    if (r.from === r.to) err(g, `self relation ${r.from}`);
    const k = `${r.type}|${r.from}|${r.to}`;
    if (seen.has(k)) err(g, `duplicate relation ${k}`);
    seen.add(k);
    if (r.role !== undefined && r.type !== 'MEMBER_OF') err(g, `role on ${k}`);
    if (r.year !== undefined && (r.type !== 'RECEIVED' || typeof r.year !== 'number' || r.year < 1949 || r.year > 2025)) err(g, `bad year on ${k}`);
    if (r.conferredBy !== undefined) {
      if (r.type !== 'RECEIVED') err(g, `conferredBy on ${k}`);
      const c = byName.get(r.conferredBy);
      if (!c || !['Unit', 'Organization'].includes(c.type)) err(g, `conferredBy "${r.conferredBy}" is not a Unit/Organization entity`);
    }
    if (typeof r.evidence !== 'string' || !r.evidence) { err(g, `no evidence on ${k}`); continue; }
    if (!raw.includes(r.evidence)) { err(g, `evidence not verbatim in article: ${r.evidence.slice(0, 40)}…`); continue; }
    // soft checks: the evidence should mention the role, year and conferrer it supports
    const ev = norm(r.evidence);
    if (r.role && !ev.includes(norm(r.role))) warn(g, `role "${r.role}" not in evidence of ${k}`);
    if (r.year && !ev.includes(String(r.year))) warn(g, `year ${r.year} not in evidence of ${k}`);
    if (r.conferredBy) {
      const c = byName.get(r.conferredBy);
      if (c && ![c.name, ...c.aliases].some(s => ev.includes(norm(s)))) warn(g, `conferrer ${r.conferredBy} not in evidence of ${k}`);
    }
    for (const [end, ent] of [['from', fe], ['to', te]]) {
      if (ent && ![ent.name, ...ent.aliases].some(s => ev.includes(norm(s)))) warn(g, `${end} "${ent.name}" not named in evidence of ${k} (resolved reference?)`);
    }
  }
}
console.log('\narticles:', nArt, ' chars min/max:', Math.min(...nChars), Math.max(...nChars));
console.log('entities:', nEnt, JSON.stringify(entCount));
console.log('relations:', nRel, JSON.stringify(relCount));
console.log(`errors: ${errors}, warnings: ${warnings}`);
process.exit(errors ? 1 : 0);
