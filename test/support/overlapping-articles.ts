// Short articles from a few templates over a handful of units and names, so that almost
// every article shares units, people or honours with earlier ones: people met again at
// their station, their branch or their bureau; generic units kept local; initiatives
// and their leaders; then changed versions of some (replacements) and exact repeats.
import { prng } from '../../src/prng.js';

export interface OverlappingArticle {
  input: { text: string; url: string };
}

const CITIES = ['南京', '苏州'];
const DISTRICTS = ['鼓楼', '玄武'];
const STATIONS = ['宁海路', '湖南路', '中山'];
const PEOPLE = ['王刚', '李明', '张伟', '陈立新', '赵一'];

type Template = (c: string, d: string, s: string, a: string, b: string, e: string) => string;
const TEMPLATES: Template[] = [
  (c, d, s, a) => `${c}市公安局${d}分局${s}派出所民警${a}荣立个人三等功。${a}说,这是集体的荣誉。`,
  (c, d, _s, a) => `${c}市公安局${d}分局民警${a}被评为优秀共产党员。`,
  (c, d, s, a, b, e) => `近日,${d}分局${s}派出所社区民警${a}、${b}被评为优秀人民警察。${c}市公安局${d}分局局长${e}表示祝贺。`,
  (c, _d, _s, a, b) => `${c}市公安局民警${a}、治安大队大队长${b}受到表彰。`,
  (_c, _d, s, a) => `${s}派出所民警${a}荣获先进个人。`,
  (c, d, s, a) => `${c}市公安局${d}分局${s}派出所创新推出“${s}警民服务队”,深受群众好评。2020年,该所被${c}市公安局评为先进集体。所长${a}介绍说,服务队还在发展。`,
];

export function overlappingArticles(count: number, seed = 11): OverlappingArticle[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const articles = Array.from({ length: count }, (_, i) => ({
    input: {
      text: pick(TEMPLATES)(pick(CITIES), pick(DISTRICTS), pick(STATIONS), pick(PEOPLE), pick(PEOPLE), pick(PEOPLE)) + `(第${i}篇)`,
      url: `https://overlap.example/${i}`,
    },
  }));
  const changed = articles.slice(0, Math.ceil(count / 5)).map((a) => ({ input: { ...a.input, text: a.input.text.replace('民警', '辅警') } }));
  const repeated = articles.slice(0, Math.ceil(count / 10));
  return [...articles, ...changed, ...repeated];
}
