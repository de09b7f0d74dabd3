import { tag } from './src/ingest/segment.ts';
import { findHonours } from './src/ingest/mentions/honours.ts';
for (const s of ['从而充分发挥工作室的引领示范作用','据了解,11年来,该所先后有31名民警43人次荣立个人二等功、三等功和系列十佳民警称号,20名民警受到提拔重用','该党总支成立以来,海陵巡特警大队被评为建国70周年大庆安保先进集体,东进警务工作服务站荣立集体三等功,先后有8名民警荣立个人三等功,涌现出了全省优秀人民警察王洪斌、最美军转干金岳勇、优秀退伍军人张爱勇等一批先进典型,在全市公安机关组织的警务辅助人员巡逻盘查职业技能竞赛中荣获团体第一名。','区公安局被省厅荣记集体二等功,治安大队获评全省公安机关抗击新冠肺炎疫情成绩突出集体']) {
  const tokens = tag(s);
  console.log(tokens.map(t=>t.word+'/'+t.tag).join(' '));
  const r = findHonours({index:0, sentence:{text:s,start:0,end:s.length}, tokens}, []);
  console.log(JSON.stringify(r.events.map(e=>[e.honour.name,e.at,e.counted,e.agents])));
}
