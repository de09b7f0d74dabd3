// People: the posts police news puts before a name, Chinese surnames, and the
// speech verbs after a quoted speaker.

/** Posts as written before a name (民警陈某, 副所长戴某). Party posts combine with a body: 党支部 + 书记. */
export const POSTS = [
  '民警', '辅警', '女民警', '女辅警', '交警', '特警', '刑警', '巡警', '协警', '干警', '警员', '警长', '队员',
  '管教民警', '监区长', '副监区长', '社区民警', '户籍民警', '治安民警', '巡逻民警', '执勤民警', '值班民警', '办案民警', '接警民警', '老民警', '青年民警',
  '所长', '副所长', '教导员', '副教导员', '指导员', '副指导员', '政委', '副政委', '局长', '副局长', '常务副局长',
  '大队长', '副大队长', '中队长', '副中队长', '支队长', '副支队长', '站长', '副站长', '队长', '副队长', '主任', '副主任',
  '科长', '副科长', '处长', '副处长', '组长', '副组长', '书记', '副书记', '委员', '警务助理', '探长',
  '党委书记', '党委副书记', '党总支书记', '党总支副书记', '党支部书记', '党支部副书记', '支部书记', '支部副书记', '团支部书记', '团支部副书记', '团委副书记',
  // Seats on a Party committee, written whole (ANNOTATION.md rule 8).
  '党委委员', '党委班子成员', '党总支委员', '党支部委员', '支部委员', '团委委员', '机关党委书记', '机关党委副书记',
  '教官', '特聘教官', '警务技能教官',
  '团委书记', '专职副书记', '纪委书记', '督察长', '主任科员', '科员', '法医', '技术员', '警务技术', '负责人', '带头人',
  '总队长', '副总队长', '侦查员', '片警', '乘警', '乘警长', '反扒民警', '驻村民警', '驻村辅警', '班长', '副班长', '所长助理', '接警员', '接处警员',
  '一级高级警长', '二级高级警长', '三级高级警长', '四级高级警长', '一级警长', '二级警长', '三级警长', '四级警长',
];

/** Posts that say only what kind of officer one is, or one's rank, not an office held (民警, 一级警长). */
export const RANK_POSTS = /^(?:民警|辅警|交警|特警|刑警|巡警|协警|干警|警员|队员|[一二三四]级(?:高级)?警长)$/;

/** Who a named civilian is (外卖骑手黄某, 市民刘某): a Person with no post. */
export const CIVILIAN_ROLES = [
  '市民', '居民', '村民', '群众', '骑手', '司机', '驾驶员', '老人', '学生', '志愿者', '网格员', '护边员', '商户', '店主',
  '游客', '旅客', '邻居', '保安', '快递员', '环卫工', '店员', '妻子', '丈夫', '母亲', '父亲', '儿子', '女儿', '老板', '大爷', '大妈', '阿姨', '患者', '事主', '受害人', '被害人', '失主', '乘客', '家长', '老党员',
  // Heads and staff of partner schools, hospitals and firms (校长王某说): named, but not police.
  '校长', '副校长', '院长', '副院长', '园长', '老师', '教师', '班主任', '医生', '护士', '律师', '经理', '董事长', '村支书', '馆长',
  '部长', '副部长', '主席', '副主席', '会长', '副会长', '理事长', '秘书长', '行长', '副行长', '总经理', '厂长', '副总经理', '场长', '副场长',
  // Officials of a government (韶关市副市长方卓): named, but not police.
  '市长', '副市长', '县长', '副县长', '区长', '副区长', '省长', '副省长', '镇长', '副镇长', '乡长', '村主任',
];

/** A prefix on a post that the role drops: 执勤民警 is a 民警. */
/** (Only modifiers of a post in POSTS are stripped, since only POSTS entries are read as posts.) */
export const POST_MODIFIERS = ['执勤', '值班', '巡逻', '办案', '接警', '青年', '女', '老'];

export const SURNAMES_COMPOUND = ['欧阳', '司马', '诸葛', '上官', '东方', '慕容', '夏侯', '皇甫', '令狐', '公孙', '尉迟', '长孙', '宇文', '司徒', '端木', '申屠', '西门', '独孤'];

export const SURNAMES = (
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭' +
  '向洪鄂蔚靖萧傅阎赖畅' +
  // Dai and other southwestern surnames (岩温香, 刀志强, 召罕).
  '岩刀召罕' +
  // Hui surnames of the northwest (纳文静, 拜学军).
  '纳拜').split('');

/**
 * Tibetan names have no surname: they are one or two of a small stock of
 * name syllables (次仁 + 多吉, 央金, 扎西卓玛).
 */
export const TIBETAN_NAME_SYLLABLES = [
  '次仁', '多吉', '央金', '达瓦', '扎西', '卓玛', '格桑', '平措', '旺堆', '尼玛', '拉姆', '德吉', '顿珠', '罗布', '普布', '边巴',
  '巴桑', '索朗', '次旦', '洛桑', '丹增', '白玛', '曲珍', '央宗', '措姆', '强巴', '嘉措', '益西', '群培', '米玛', '旦增', '仁青',
  '拉巴', '普琼', '贡布', '阿旺', '桑珠', '朗杰', '达娃', '卓嘎', '欧珠', '赤列', '土登', '泽仁', '德庆', '央拉', '次珍', '巴珠',
];

/** Verbs that introduce a person by name: 工作室的主人叫姜某某, 一位名叫李某的民警. */
export const NAMING_VERBS = ['名叫', '叫做', '名为', '叫'];

/** Verbs that follow a speaker's name. */
export const SPEECH_VERBS = ['说', '介绍', '表示', '告诉', '指出', '坦言', '感慨', '回忆', '笑着说', '强调', '认为', '提到', '谈到', '称'];

/**
 * Verbs of taking charge, whose subject is a person: after a post, a word the dictionary knows as a common
 * word (田野, 高峰) is the holder's name when one of these follows it (科长田野牵头…, 所长高峰带队…).
 */
export const LEADING_VERBS = ['牵头', '带队', '带领', '率领', '率队', '领衔', '主持', '负责', '组织', '指挥', '召集', '亲自'];

/** Characters that end a name when they follow its first two characters (周勇和, 章伟虽). */
export const NAME_STOP_CHARS = new Set('的了在和与及等是说为被把将对向从也都已就正又曾还却虽因自带同跟给让并这那今每年月日时个位名人不没所局队号'.split(''));

/**
 * Two-character words after a surname that are not names: forms of address and posts (王警官, 李老师, 张书记).
 * (Masked names and words opening with a NAME_STOP_CHARS character, 所长, never get this far.)
 */
export const NOT_GIVEN_NAMES = new Set(['警官', '同志', '师傅', '老师', '先生', '女士', '书记', '主任']);

/** Kinship and familiarity words a nickname ends with: 冯爹, 张姐, 老杨. */
export const NICKNAME_ENDINGS = new Set('爹妈哥姐叔姨伯爷奶嫂婶'.split(''));

// National leaders and national police and civic heroes the genre names in passing (学习焦裕禄精神,
// 习近平总书记强调): people (ANNOTATION.md rule 4), known by name wherever written.
export const PUBLIC_FIGURES = [
  '习近平', '毛泽东', '周恩来', '邓小平', '江泽民', '胡锦涛', '刘少奇', '朱德', '李大钊', '孙中山',
  '雷锋', '焦裕禄', '孔繁森', '任长霞', '张思德', '黄继光', '邱少云', '董存瑞', '王进喜', '杨善洲',
  '钱学森', '袁隆平', '钟南山', '张桂梅', '黄文秀', '谷文昌', '廖俊波', '王继才', '邹碧华',
];
