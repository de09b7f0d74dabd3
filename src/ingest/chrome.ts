// Page chrome: navigation, share and comment widgets, editor and copyright
// lines. Chrome lines are short and carry no sentence; the keywords below are
// the labels web templates print, not article content.

const CHROME_LABEL = new RegExp(
  [
    '注册', '登录', '首页', '分享', '扫一扫', '责编', '责任编辑', '编辑[:：]', '相关专题', '专题报道', '相关新闻', '相关阅读',
    '最新评论', '热门评论', '查看全部', '留言', '热点关键词', '阅读文章', '您现在的位置', '当前位置', '收藏', '打印',
    '查看评论', '点击数', '阅读次数', '浏览次数', '版权所有', 'copyright', 'icp备', '主办', '次访问', '关闭窗口',
    '上一篇', '下一篇', '上一条', '下一条', '字号', '返回顶部', '关注我们', '网站地图', '联系我们', '【关键词】', '关键词[:：]', '微信公众号',
    '免责声明', '推荐阅读', '扫码', '二维码', '点赞', '转发', '评论', '在看',
    // Credit lines, at the head or the foot of a post (来源：亭湖分局政治处　审核：…).
    '来源[:：]', '作者[:：]', '审核[:：]', '校对[:：]', '通讯员[:：]',
    // …and the bracketed ones at a story's foot ((黔溪交警 宣传办供稿), (记者 王某 通讯员 李某)).
    '供稿[)）]?$', '供图[)）]?$', '^[(（]\\s*(?:记者|通讯员|实习生|文[/|／]|图[/|／])',
    // A forum's edit stamp (本帖最后由 X 于 2015-06-09 10:17 编辑).
    '本帖最后由',
  ].join('|'),
  'i',
);
// Everything from a copyright/ICP line, or a related-articles header, on is the page footer.
const FOOTER_START = /版权所有|copyright|©|icp备|all rights reserved/i;
const RELATED_HEADER = /^[【\[]?(?:相关新闻|相关阅读|相关文章|相关报道|往期推荐|推荐阅读|延伸阅读|精彩推荐|热点推荐|猜你喜欢|更多阅读)[】\]]?$/;
// Short lines opened by a list bullet are links to other pages.
const LINK_BULLET = /^[>▶►·•※◆■]/;
const SENTENCE_END = /[。!?;]/;
// "Article title_Site or column name": the part after the underscore is the site's.
const TITLE_SITE_SUFFIX = /_[^_]{1,30}$/;

const SHORT_LINE = 40;

// Reprint and copyright notices are chrome though written as sentences (本站原创稿件,转载请注明出处。).
const RIGHTS_NOTICE = /转载请注明|未经(?:授权|许可|同意)|(?:禁止|严禁|谢绝)转载|本站原创|版权归/;

export function isChromeLine(line: string): boolean {
  if (line.length <= 80 && RIGHTS_NOTICE.test(line)) return true;
  // A line that ends a sentence is prose, whatever words it uses.
  if ((line.length > SHORT_LINE && SENTENCE_END.test(line)) || (line.length > 15 && /[。!?]$/.test(line))) return false;
  if (line.length > 80) return false;
  return CHROME_LABEL.test(line) || /^[·•>\-|\s]*$/.test(line) || (LINK_BULLET.test(line) && !SENTENCE_END.test(line));
}

/** Index of the first footer line at or after `from`, else lines.length. */
export function footerStart(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if ((line.length <= 120 && FOOTER_START.test(line)) || RELATED_HEADER.test(line)) return i;
  }
  return lines.length;
}

export function cleanTitle(title: string): string {
  return title.replace(TITLE_SITE_SUFFIX, '').trim();
}
