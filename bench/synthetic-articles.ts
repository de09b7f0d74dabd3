// Synthetic police-news articles from templates with random names, for load benchmarks.
// Deterministic for a seed, so runs compare like with like.

const CITIES = ['南京', '苏州', '无锡', '杭州', '宁波', '温州', '合肥', '芜湖', '济南', '青岛', '郑州', '洛阳', '武汉', '宜昌', '长沙', '成都', '绵阳', '福州', '厦门', '沈阳'];
const DISTRICTS = ['鼓楼', '玄武', '姑苏', '西湖', '江干', '蜀山', '历下', '市南', '金水', '江汉', '岳麓', '锦江', '思明', '和平', '新城', '东湖', '城关', '高新', '经开', '滨江'];
const PLACES = ['东门', '西关', '南湖', '北塘', '新桥', '长安', '青山', '红星', '滨河', '花园', '中山', '人民', '解放', '建设', '文化', '朝阳', '太平', '永安', '光明', '胜利'];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国志红文斌辉鹏飞海波宁';
const ROLES = ['民警', '社区民警', '辅警', '所长', '副所长', '教导员'];
const HONOURS = ['个人三等功', '个人二等功', '优秀共产党员', '优秀人民警察', '先进个人'];
const UNIT_HONOURS = ['集体三等功', '集体二等功', '全国优秀公安基层单位', '青年文明号'];
const INITIATIVES = ['警民服务队', '调解工作室', '平安志愿服务队', '夜巡工作法', '便民服务平台'];
const PARTNERS = ['人民医院', '第一中学', '实验小学', '农商银行', '红十字会'];

export function syntheticArticle(i: number, rand: () => number): { text: string; url: string } {
  const pick = <T>(xs: readonly T[] | string): T => xs[Math.floor(rand() * xs.length)] as T;
  const city = pick(CITIES);
  const district = pick(DISTRICTS);
  const place = pick(PLACES);
  const bureau = `${city}市公安局`;
  const branch = `${bureau}${district}分局`;
  const station = `${branch}${place}派出所`;
  const person = () => pick<string>(SURNAMES) + pick<string>(GIVEN) + (rand() < 0.5 ? pick<string>(GIVEN) : '');
  const [p1, p2, p3] = [person(), person(), person()];
  const year = 2015 + Math.floor(rand() * 10);
  const text = [
    `${place}派出所:践行初心守护平安`,
    `发布时间:${year}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 10)} 09:30:00  来源:${city}日报`,
    `近年来,${station}坚持党建引领,创新推出“${place}${pick(INITIATIVES)}”,深受辖区群众好评。`,
    `${year}年,该所被${bureau}评为先进集体,并荣立${pick(UNIT_HONOURS)}。`,
    `“我们始终把群众的事当作自己的事。”${pick(ROLES)}${p1}介绍说。`,
    `该所${pick(ROLES)}${p2}扎根基层多年,${year}年荣获${pick(HONOURS)}。`,
    `${station}还与${city}市${pick(PARTNERS)}签订共建协议,联合开展安全宣传活动。`,
    `所长${p3}表示,将继续推动各项工作再上新台阶。(第${i}篇)`,
  ].join('\n\n');
  return { text, url: `https://bench.example/${i}` };
}
