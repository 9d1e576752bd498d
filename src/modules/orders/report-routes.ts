import { Type } from 'typebox';
import { CalendarDate, Currency, Obj } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import { DEFAULT_REPORT_DAYS, MAX_REPORT_DAYS, REPORT_TIME_ZONE, salesReport } from './reports.ts';

const Figures = {
  currency: Currency,
  orders: Type.Integer({ description: 'distinct orders with at least one line in scope' }),
  units: Type.Integer(),
  amount: Type.Integer({ description: 'minor units of currency: quantity × unit price of the lines in scope' }),
};

const SalesReport = Obj({
  from: CalendarDate,
  to: CalendarDate,
  currency_totals: Type.Array(Obj(Figures)),
  by_channel: Type.Array(Obj({ channel: Type.Union([Type.Literal('online'), Type.Literal('till')]), ...Figures })),
  by_location: Type.Array(
    Obj({
      location_id: Type.String({ description: 'where the goods left from: the store of a till sale, the shipping store or warehouse of an online order' }),
      name_en: Type.String(),
      name_zh: Type.String(),
      city: Type.String(),
      ...Figures,
    }),
  ),
  by_city: Type.Array(Obj({ city: Type.String(), ...Figures })),
  by_day: Type.Array(Obj({ day: CalendarDate, ...Figures })),
});

export default async function reportRoutes(app: App): Promise<void> {
  app.get(
    '/reports/sales',
    {
      config: { access: ['operator', 'merchant', 'brand_owner'] },
      schema: {
        tags: ['reports'],
        summary: 'Paid sales by currency, channel, store, city and day (merchant and brand owner: own lines; operator: all)',
        description:
          `Orders past payment (not placed or cancelled), counted by the day they were placed in ${REPORT_TIME_ZONE} time; ` +
          `from and to are inclusive and default to the last ${DEFAULT_REPORT_DAYS} days (at most ${MAX_REPORT_DAYS}). ` +
          'Amounts are never added across currencies: every row names its currency.',
        querystring: Obj({ from: Type.Optional(CalendarDate), to: Type.Optional(CalendarDate) }),
        response: { 200: SalesReport },
      },
    },
    async (req) => salesReport(app.ctx, req.actor, req.query),
  );
}
