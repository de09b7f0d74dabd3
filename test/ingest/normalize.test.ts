import { describe, expect, it } from 'vitest';
import { isChromeLine } from '../../src/ingest/chrome.js';
import { htmlToText, looksLikeHtml } from '../../src/ingest/html.js';
import { parsePublished, parseSource } from '../../src/ingest/metadata.js';
import { normalize } from '../../src/ingest/normalize.js';
import { removeInlinePinyin } from '../../src/ingest/pinyin.js';
import { unifyPunctuation } from '../../src/ingest/punctuation.js';

describe('inline pinyin', () => {
  it('drops a tone-marked gloss after a Han character', () => {
    expect(removeInlinePinyin('強化典型選樹(shù),發(fā)揮作用')).toBe('強化典型選樹,發揮作用');
    expect(removeInlinePinyin('落实责任（zé）制')).toBe('落实责任制');
  });
  it('keeps acronyms and untoned Latin in parentheses', () => {
    expect(removeInlinePinyin('公安部(MPS)和网安(cyber)')).toBe('公安部(MPS)和网安(cyber)');
  });
});

describe('punctuation', () => {
  it('maps full-width forms to ASCII and corner quotes to curly quotes', () => {
    expect(unifyPunctuation('民警，辅警：「平安」（试行）')).toBe('民警,辅警:“平安”(试行)');
    expect(unifyPunctuation('他说"好"')).toBe('他说“好”');
    expect(unifyPunctuation('A\u3000\u3000B')).toBe('A B');
  });
});

describe('metadata', () => {
  it.each([
    ['2016年01月05日10:42   来源:人民网', '2016-01-05T10:42:00'],
    ['2020-07-13 16:25:00  来源:某某日报', '2020-07-13T16:25:00'],
    ['发布时间:2022-09-15 09:27:08 来源:本站', '2022-09-15T09:27:08'],
    ['发布时间:2023/11/02', '2023-11-02'],
    ['没有日期的一行', undefined],
  ])('reads the published date of %s', (line, iso) => {
    expect(parsePublished(line)).toBe(iso);
  });
  it('reads the source, else the author, without a glued key', () => {
    expect(parseSource('作者:记者 王某 来源:江南晚报')).toBe('江南晚报');
    expect(parseSource('来源:本站阅读次数:12')).toBe('本站');
    expect(parseSource('作者:北方日报')).toBe('北方日报');
  });
});

describe('chrome', () => {
  it.each(['首页 > 新闻中心 > 正文', '分享到:微信 微博', '责任编辑:李明', '相关新闻', '苏ICP备12345678号', '查看全部留言', '★ 下一条:江州警方:春季“雷霆行动”战果显著'])(
    'treats %s as chrome',
    (line) => expect(isChromeLine(line)).toBe(true),
  );
  it('keeps prose that happens to use a chrome word', () => {
    expect(isChromeLine('民警在社区里分享防诈骗知识,并通过微信群转发预警信息,群众纷纷点赞,认为很实用。')).toBe(false);
  });
});

describe('normalize', () => {
  const page = [
    '首页 > 基层风采 > 正文',
    '江城派出所:打造“红色驿站”',
    '2021-03-04 08:00:00 来源:江城晚报 作者:记者 张某',
    '分享到:',
    '近年來,江城派出所黨支部創建“红色驿站”服務品牌。',
    '责任编辑:李某',
    '相关新闻',
    '· 另一条新闻标题',
    '江城晚报版权所有',
  ].join('\n');

  it('keeps the title and body, drops chrome, simplifies Traditional characters', () => {
    const n = normalize(page);
    expect(n.text).toBe('江城派出所:打造“红色驿站”\n近年来,江城派出所党支部创建“红色驿站”服务品牌。');
    expect(n.meta).toMatchObject({ title: '江城派出所:打造“红色驿站”', publishedAt: '2021-03-04T08:00:00', source: '江城晚报', script: 'traditional' });
  });

  it('marks Simplified input as such and strips a site suffix from the title', () => {
    const n = normalize('城西派出所:守护平安_某某新闻网\n城西派出所民警王某说,今年辖区发案下降。');
    expect(n.meta.title).toBe('城西派出所:守护平安');
    expect(n.meta.script).toBe('simplified');
  });

  it('reads HTML as text', () => {
    const html = '<html><head><title>x</title><script>var a="<p>";</script></head><body><h1>城南派出所获表彰</h1><p>城南派出所荣立集体三等功&nbsp;。</p><!-- c --></body></html>';
    expect(looksLikeHtml(html)).toBe(true);
    expect(htmlToText(html)).not.toContain('var a');
    const n = normalize(html);
    expect(n.text).toContain('城南派出所荣立集体三等功');
    expect(n.warnings).toContain('input was HTML; markup stripped');
  });
});
