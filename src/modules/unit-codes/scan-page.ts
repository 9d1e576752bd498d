// The consumer's scan page: what a phone shows after scanning a unit's QR code, in English or
// Chinese. Server-rendered so it works without the web app's JavaScript, on any phone.
const T = {
  en: {
    title: 'Product check',
    genuine: 'Genuine',
    genuineText: 'This code was issued by the brand and its signature checks out.',
    unknown: 'Unknown',
    unknownText: 'This code was not issued through Meridian. Ask the seller, or contact the brand.',
    suspicious: 'Suspicious',
    suspiciousText:
      'This code may have been copied: its signature does not check out, or it was scanned in places or on devices that a single item cannot be. Do not buy it; tell the platform.',
    malformed: 'Not a valid code',
    serial: 'Serial',
    gtin: 'GTIN',
    lot: 'Lot',
    expiry: 'Expiry (YYMMDD)',
  },
  zh: {
    title: '商品验证',
    genuine: '正品',
    genuineText: '此码由品牌方签发，签名验证通过。',
    unknown: '未知',
    unknownText: '此码并非通过 Meridian 签发。请询问卖家或联系品牌方。',
    suspicious: '可疑',
    suspiciousText: '此码可能被复制：签名未通过验证，或在同一件商品不可能出现的地点或设备上被扫描。请勿购买，并向平台举报。',
    malformed: '无效的码',
    serial: '序列号',
    gtin: '商品条码',
    lot: '批号',
    expiry: '有效期（年月日 YYMMDD）',
  },
} as const;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

type PageInput =
  | {
      kind: 'scan';
      zh: boolean;
      answer: { result: 'genuine' | 'unknown' | 'suspicious'; gtin: string; serial: string; lot?: string | null; expiry?: string | null };
    }
  | { kind: 'malformed'; zh: boolean; detail: string };

/** The page for a scan's answer, or for a URI that is not a valid Digital Link. */
export function scanPage(p: PageInput): string {
  const t = p.zh ? T.zh : T.en;
  const colour = p.kind === 'malformed' ? '#6b7280' : { genuine: '#15803d', unknown: '#6b7280', suspicious: '#b91c1c' }[p.answer.result];
  const heading = p.kind === 'malformed' ? t.malformed : t[p.answer.result];
  const text = p.kind === 'malformed' ? p.detail : t[`${p.answer.result}Text`];
  const fact = (label: string, value: string | null | undefined) => (value ? `<dt>${label}</dt><dd>${esc(value)}</dd>` : '');
  const facts =
    p.kind === 'scan'
      ? `<dl>${fact(t.gtin, p.answer.gtin)}${fact(t.serial, p.answer.serial)}${fact(t.lot, p.answer.lot)}${fact(t.expiry, p.answer.expiry)}</dl>`
      : '';
  return `<!doctype html>
<html lang="${p.zh ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style>body{font-family:system-ui,sans-serif;margin:0;padding:2rem 1.25rem;max-width:32rem}h1{color:${colour};font-size:2rem;margin:.25rem 0 1rem}dt{color:#6b7280;font-size:.875rem}dd{margin:0 0 .75rem;font-family:ui-monospace,monospace}</style>
</head><body><main><p>${t.title}</p><h1 data-testid="scan-result" data-result="${p.kind === 'scan' ? p.answer.result : 'malformed'}">${esc(heading)}</h1><p>${esc(text)}</p>${facts}</main></body></html>`;
}
