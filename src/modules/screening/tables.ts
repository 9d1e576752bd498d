// Character tables for normalisation. Small on purpose: each entry is a spelling sellers use to slip a
// brand past a filter; see docs/screening.md for what they do not cover.

/** Letters with a stroke or ligatures, which Unicode does not decompose into a base letter and a mark. */
export const DIACRITIC_LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ȷ: 'j',
  ŧ: 't',
  Ŧ: 'T',
  ƀ: 'b',
  ɨ: 'i',
  ƒ: 'f',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  ẞ: 'SS',
  þ: 'th',
  Þ: 'TH',
};

/**
 * Cyrillic and Greek letters (and a few Latin IPA letters) that look like a Latin letter, mapped by
 * their look in their own case before case folding: Greek Η looks like H but η like n.
 */
export const HOMOGLYPHS: Readonly<Record<string, string>> = {
  // Cyrillic capitals
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  Ү: 'Y',
  І: 'I',
  Ӏ: 'I',
  Ј: 'J',
  Ѕ: 'S',
  Ԁ: 'D',
  Ԛ: 'Q',
  Ԝ: 'W',
  Ѵ: 'V',
  // Cyrillic small letters
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  х: 'x',
  у: 'y',
  ү: 'y',
  і: 'i',
  ӏ: 'l',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  ѵ: 'v',
  // Greek capitals
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  Ϲ: 'C',
  Ϳ: 'J',
  // Greek small letters
  α: 'a',
  β: 'b',
  γ: 'y',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  μ: 'u',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ϲ: 'c',
  ϳ: 'j',
  // Latin letters of other shapes
  ɑ: 'a',
  ɡ: 'g',
  ʀ: 'r',
};

/**
 * Digits and symbols written for letters, and the letters that look alike among themselves (l, I, i
 * and 1 all become "i"): a skeleton, not a spelling. Applied after case folding, inside words only.
 */
export const LOOKALIKES: Readonly<Record<string, string>> = {
  '1': 'i',
  l: 'i',
  I: 'i',
  '|': 'i',
  '!': 'i',
  '0': 'o',
  '3': 'e',
  '4': 'a',
  '@': 'a',
  '5': 's',
  $: 's',
  '7': 't',
};

// Traditional → simplified, as pairs: characters of brand names in their Chinese forms (古馳 Gucci,
// 香奈兒 Chanel, 愛馬仕 Hermès, 李維斯 Levi's, 蘋果 Apple, 勞力士 Rolex, 寶格麗 Bulgari, 雅詩蘭黛 Estée
// Lauder, 聖羅蘭 YSL, 資生堂 Shiseido, 新百倫 New Balance, 優衣庫 Uniqlo, 無印良品 Muji, 華為 Huawei,
// 樂高 LEGO, 飛利浦 Philips, 阿瑪尼 Armani, 迪奧 Dior, 瓏驤 Longchamp, 聯想 Lenovo, …) and of the words
// around them in listings (牛仔褲, 專賣, 正品貨, 價格, 廠家).
const PAIRS =
  '維维蘋苹愛爱馬马馳驰兒儿達达歐欧萊莱詩诗蘭兰寶宝麗丽亞亚勞劳紀纪聖圣羅罗資资倫伦凱凯優优庫库無无褲裤錶表鐘钟華华為为' +
  '樂乐嬌娇飛飞東东國国際际貨货專专賣卖買买價价產产廠厂門门們们與与發发髮发會会來来個个這这時时長长說说衛卫視视電电腦脑' +
  '機机錢钱體体對对經经紅红綠绿藍蓝黃黄銀银鑽钻錦锦絲丝綢绸織织韓韩義义龍龙鳳凤鶴鹤雲云葉叶戰战術术藝艺萬万豐丰雙双麥麦' +
  '當当勁劲動动運运極极喬乔頓顿漢汉遜逊蓋盖實实溫温湯汤禮礼鹽盐藥药醫医療疗護护膚肤潔洁淨净顏颜澤泽劑剂燈灯鏡镜錄录線线' +
  '條条紋纹環环鏈链質质設设計计訂订標标誌志號号閣阁獅狮貝贝寧宁覺觉滬沪廣广場场區区島岛灣湾邁迈嵐岚爾尔奧奥韻韵瑪玛賽赛' +
  '瓏珑驤骧聯联蘆芦塢坞槍枪';

function pairs(s: string): Record<string, string> {
  const chars = [...s];
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < chars.length; i += 2) if (chars[i] !== chars[i + 1]) out[chars[i]!] = chars[i + 1]!;
  return out;
}

/** Traditional Chinese characters of the table to their simplified form. */
export const CHINESE_SIMPLIFIED: Readonly<Record<string, string>> = pairs(PAIRS);

/** The raw pairs string, for the table's own test (even length, no repeated traditional character). */
export const CHINESE_PAIRS = PAIRS;
