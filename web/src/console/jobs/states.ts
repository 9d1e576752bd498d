/**
 * US states (and the District of Columbia) as the jobs ledger names them: two-letter postal codes,
 * their names in English and Chinese, and the main time zone of each (a merchant's quarters follow
 * its state's zone; the server decides, this only picks the quarters a form offers).
 */
export const US_STATES: ReadonlyArray<{ code: string; en: string; zh: string; zone: string }> = [
  { code: 'AL', en: 'Alabama', zh: '阿拉巴马州', zone: 'America/Chicago' },
  { code: 'AK', en: 'Alaska', zh: '阿拉斯加州', zone: 'America/Anchorage' },
  { code: 'AZ', en: 'Arizona', zh: '亚利桑那州', zone: 'America/Phoenix' },
  { code: 'AR', en: 'Arkansas', zh: '阿肯色州', zone: 'America/Chicago' },
  { code: 'CA', en: 'California', zh: '加利福尼亚州', zone: 'America/Los_Angeles' },
  { code: 'CO', en: 'Colorado', zh: '科罗拉多州', zone: 'America/Denver' },
  { code: 'CT', en: 'Connecticut', zh: '康涅狄格州', zone: 'America/New_York' },
  { code: 'DE', en: 'Delaware', zh: '特拉华州', zone: 'America/New_York' },
  { code: 'DC', en: 'District of Columbia', zh: '哥伦比亚特区', zone: 'America/New_York' },
  { code: 'FL', en: 'Florida', zh: '佛罗里达州', zone: 'America/New_York' },
  { code: 'GA', en: 'Georgia', zh: '佐治亚州', zone: 'America/New_York' },
  { code: 'HI', en: 'Hawaii', zh: '夏威夷州', zone: 'Pacific/Honolulu' },
  { code: 'ID', en: 'Idaho', zh: '爱达荷州', zone: 'America/Boise' },
  { code: 'IL', en: 'Illinois', zh: '伊利诺伊州', zone: 'America/Chicago' },
  { code: 'IN', en: 'Indiana', zh: '印第安纳州', zone: 'America/Indiana/Indianapolis' },
  { code: 'IA', en: 'Iowa', zh: '艾奥瓦州', zone: 'America/Chicago' },
  { code: 'KS', en: 'Kansas', zh: '堪萨斯州', zone: 'America/Chicago' },
  { code: 'KY', en: 'Kentucky', zh: '肯塔基州', zone: 'America/New_York' },
  { code: 'LA', en: 'Louisiana', zh: '路易斯安那州', zone: 'America/Chicago' },
  { code: 'ME', en: 'Maine', zh: '缅因州', zone: 'America/New_York' },
  { code: 'MD', en: 'Maryland', zh: '马里兰州', zone: 'America/New_York' },
  { code: 'MA', en: 'Massachusetts', zh: '马萨诸塞州', zone: 'America/New_York' },
  { code: 'MI', en: 'Michigan', zh: '密歇根州', zone: 'America/Detroit' },
  { code: 'MN', en: 'Minnesota', zh: '明尼苏达州', zone: 'America/Chicago' },
  { code: 'MS', en: 'Mississippi', zh: '密西西比州', zone: 'America/Chicago' },
  { code: 'MO', en: 'Missouri', zh: '密苏里州', zone: 'America/Chicago' },
  { code: 'MT', en: 'Montana', zh: '蒙大拿州', zone: 'America/Denver' },
  { code: 'NE', en: 'Nebraska', zh: '内布拉斯加州', zone: 'America/Chicago' },
  { code: 'NV', en: 'Nevada', zh: '内华达州', zone: 'America/Los_Angeles' },
  { code: 'NH', en: 'New Hampshire', zh: '新罕布什尔州', zone: 'America/New_York' },
  { code: 'NJ', en: 'New Jersey', zh: '新泽西州', zone: 'America/New_York' },
  { code: 'NM', en: 'New Mexico', zh: '新墨西哥州', zone: 'America/Denver' },
  { code: 'NY', en: 'New York', zh: '纽约州', zone: 'America/New_York' },
  { code: 'NC', en: 'North Carolina', zh: '北卡罗来纳州', zone: 'America/New_York' },
  { code: 'ND', en: 'North Dakota', zh: '北达科他州', zone: 'America/Chicago' },
  { code: 'OH', en: 'Ohio', zh: '俄亥俄州', zone: 'America/New_York' },
  { code: 'OK', en: 'Oklahoma', zh: '俄克拉何马州', zone: 'America/Chicago' },
  { code: 'OR', en: 'Oregon', zh: '俄勒冈州', zone: 'America/Los_Angeles' },
  { code: 'PA', en: 'Pennsylvania', zh: '宾夕法尼亚州', zone: 'America/New_York' },
  { code: 'RI', en: 'Rhode Island', zh: '罗得岛州', zone: 'America/New_York' },
  { code: 'SC', en: 'South Carolina', zh: '南卡罗来纳州', zone: 'America/New_York' },
  { code: 'SD', en: 'South Dakota', zh: '南达科他州', zone: 'America/Chicago' },
  { code: 'TN', en: 'Tennessee', zh: '田纳西州', zone: 'America/Chicago' },
  { code: 'TX', en: 'Texas', zh: '得克萨斯州', zone: 'America/Chicago' },
  { code: 'UT', en: 'Utah', zh: '犹他州', zone: 'America/Denver' },
  { code: 'VT', en: 'Vermont', zh: '佛蒙特州', zone: 'America/New_York' },
  { code: 'VA', en: 'Virginia', zh: '弗吉尼亚州', zone: 'America/New_York' },
  { code: 'WA', en: 'Washington', zh: '华盛顿州', zone: 'America/Los_Angeles' },
  { code: 'WV', en: 'West Virginia', zh: '西弗吉尼亚州', zone: 'America/New_York' },
  { code: 'WI', en: 'Wisconsin', zh: '威斯康星州', zone: 'America/Chicago' },
  { code: 'WY', en: 'Wyoming', zh: '怀俄明州', zone: 'America/Denver' },
];

const BY_CODE = new Map(US_STATES.map((s) => [s.code, s]));

/** A state's name in the reader's language ('CA' → 'California' / '加利福尼亚州'); unknown codes as given. */
export function stateName(code: string | null | undefined, locale: string): string {
  if (!code) return '—';
  const s = BY_CODE.get(code.toUpperCase());
  if (!s) return code;
  return locale === 'zh-CN' ? s.zh : s.en;
}

/** The main time zone of a state; America/New_York for anything else (as the server documents). */
export function stateZone(code: string | null | undefined): string {
  return BY_CODE.get((code ?? '').toUpperCase())?.zone ?? 'America/New_York';
}

export const isUsState = (code: string | null | undefined) => BY_CODE.has((code ?? '').toUpperCase());
