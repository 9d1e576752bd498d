import { Type } from 'typebox';
import { Id, Nullable, Obj } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import { CSV_COLUMNS, MAX_CSV_CHARS, MAX_IMPORT_ROWS, REQUIRED_COLUMNS, exportProductsCsv, importProductsCsv } from './csv.ts';

const tags = ['catalog'];

const ImportReport = Obj({
  ok: Type.Boolean({ description: 'every row is valid (and, unless dry_run, written); false: nothing was written' }),
  dry_run: Type.Boolean(),
  created: Type.Integer({ description: 'variants created (on a dry run: that would be)' }),
  updated: Type.Integer({ description: 'rows whose SKU exists: that variant and its product take the row’s values' }),
  products_created: Type.Integer(),
  products_updated: Type.Integer(),
  errors: Type.Array(
    Obj({
      row: Type.Integer({ description: 'as a spreadsheet numbers rows: the header is row 1' }),
      column: Nullable(Type.String()),
      code: Type.String({ description: 'stable reason, the same codes the API answers (invalid_gtin, sku_taken…) plus the file’s own' }),
      message: Type.String(),
    }),
  ),
  errors_truncated: Type.Boolean({ description: 'more errors were found than are listed' }),
});

const layout =
  `Columns: ${CSV_COLUMNS.join(', ')}. Rows with the same \`product\` (a product id, or a handle for a new product) are the variants of one product; ` +
  'categories (slugs) and image_urls are separated by |; price_amount is in minor units (cents, fen).';

export default async function catalogCsvRoutes(app: App): Promise<void> {
  app.get(
    '/products/export.csv',
    {
      config: { access: ['merchant', 'brand_owner', 'operator'] },
      schema: {
        tags,
        summary: 'Export a merchant’s products as CSV, one row per variant (merchant and brand owner: own; operator: merchant_id)',
        description: `${layout} Text a spreadsheet would run as a formula (starting with = + - @) is written with a leading '.`,
        querystring: Obj({ merchant_id: Type.Optional(Id('merchant')) }),
        response: {
          200: { description: 'The CSV (RFC 4180, UTF-8, CRLF)', content: { 'text/csv': { schema: Type.String() } } },
        },
      },
    },
    async (req, reply) => {
      const { merchantId, csv } = await exportProductsCsv(app.ctx, req.actor, req.query);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="products-${merchantId}.csv"`).send(csv);
    },
  );

  app.post(
    '/products/import',
    {
      config: { access: ['merchant', 'operator'] },
      // A 2 MB file grows when its quotes and line breaks are escaped into a JSON string.
      bodyLimit: 3 * MAX_CSV_CHARS + 4096,
      schema: {
        tags,
        summary: 'Import products from CSV (the export’s layout), all or nothing, with a report row by row',
        description:
          `${layout} Required columns: ${REQUIRED_COLUMNS.join(', ')}; a column left out changes nothing on existing products. ` +
          `A row whose SKU the merchant has updates that variant; other rows add variants or products. Every row is checked first, ` +
          `then written with the catalogue's own rules in one transaction; any error (or dry_run) writes nothing. At most ${MAX_IMPORT_ROWS} rows.`,
        body: Obj({
          csv: Type.String({ maxLength: MAX_CSV_CHARS, description: 'the CSV text (UTF-8; a leading BOM is ignored)' }),
          dry_run: Type.Optional(Type.Boolean({ default: false, description: 'check everything, write nothing' })),
          merchant_id: Type.Optional(Id('merchant')),
        }),
        response: { 200: ImportReport },
      },
    },
    async (req) => importProductsCsv(app.ctx, req.actor, req.body),
  );
}
