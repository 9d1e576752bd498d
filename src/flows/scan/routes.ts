import { Type } from 'typebox';
import { CalendarDate, Nullable, Obj } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import { scanGs1 } from './scan.ts';

const ScanAnswer = Obj({
  gtin: Nullable(Type.String({ description: 'GTIN-14 (AI 01)' })),
  variant_id: Nullable(Type.String({ description: 'the variant carrying this GTIN, if the caller may see it' })),
  lot_code: Nullable(Type.String({ description: 'AI 10' })),
  production_date: Nullable(CalendarDate),
  best_before: Nullable(CalendarDate),
  use_by: Nullable(CalendarDate),
  serial: Nullable(Type.String({ description: 'AI 21' })),
  quantity: Nullable(Type.Integer({ description: 'AI 30: count of items in a variable-measure pack' })),
  elements: Type.Array(Obj({ ai: Type.String(), value: Type.String() }), { description: 'every element read, in order' }),
});

export default async function scanRoutes(app: App): Promise<void> {
  app.post(
    '/scan/gs1',
    {
      config: { access: ['operator', 'merchant', 'store_staff'] },
      schema: {
        tags: ['scan'],
        summary: 'Read a scanned GS1 symbol (element string, bracketed or with FNC1/GS, or a Digital Link URI): GTIN, variant, lot and dates',
        description: "Unreadable data is 400 'invalid_gs1' with the parser's reason in `gs1_error` (and the AI at fault in `ai`).",
        body: Obj({ text: Type.String({ minLength: 1, maxLength: 2048 }) }),
        response: { 200: ScanAnswer },
      },
    },
    async (req) => scanGs1(app.ctx, req.actor, req.body.text),
  );
}
