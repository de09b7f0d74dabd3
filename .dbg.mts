import { tag } from './src/ingest/segment.ts';
for (const s of ['提升基层民警幸福感和满意度','由青年女警组成的七色女警服务队深入景区','开发智慧政工平台,精简请销假等审批流程','先后有8名民警荣立个人三等功','该所先后连续4年综合绩效名列分局第一,3次荣立集体三等功','城东派出所为了建强党支部这个']) console.log(tag(s).map(t=>t.word+'/'+t.tag).join(' '));
