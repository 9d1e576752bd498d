import { Type } from 'typebox';
import { badRequest } from '../../http/errors.ts';
import { Country, Id, IdParams, Nullable, Obj, Page, PageQuery, Text, Timestamp } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import { parseLatLon } from './geo.ts';
import { LOCATION_CODE_MAX, LOCATION_CODE_PATTERN, MAX_DELIVERY_DAYS } from './service.ts';
import * as locations from './service.ts';

const Kind = Type.Union([Type.Literal('department_store'), Type.Literal('mall'), Type.Literal('mall_counter'), Type.Literal('warehouse')]);
const WarehouseTypeSchema = Type.Union([Type.Literal('cn_bonded'), Type.Literal('cn_domestic'), Type.Literal('us')]);
const Status = Type.Union([Type.Literal('open'), Type.Literal('closed')]);
const Latitude = Type.Number({ minimum: -90, maximum: 90 });
const Longitude = Type.Number({ minimum: -180, maximum: 180 });
const TimeZone = Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone, e.g. Asia/Shanghai' });
const TemperatureClasses = Type.Array(Type.Union([Type.Literal('ambient'), Type.Literal('chilled'), Type.Literal('frozen')]), {
  minItems: 1,
  maxItems: 3,
  uniqueItems: true,
  description: 'The temperature classes of products the location can hold (answers list them as ambient, chilled, frozen)',
});
const DeliveryDays = Type.Integer({
  minimum: 0,
  maximum: MAX_DELIVERY_DAYS,
  description: 'Days a delivery from here takes: lots must still be good on that day',
});

// The shape is checked here; order, open < close and overlaps are the service's (hours.ts).
const HHMM = Type.String({ pattern: '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$', description: 'local time HH:MM' });
const Intervals = Type.Array(Type.Array(HHMM, { minItems: 2, maxItems: 2 }), { maxItems: 6 });
const OpeningHours = Obj(
  {
    mon: Type.Optional(Intervals),
    tue: Type.Optional(Intervals),
    wed: Type.Optional(Intervals),
    thu: Type.Optional(Intervals),
    fri: Type.Optional(Intervals),
    sat: Type.Optional(Intervals),
    sun: Type.Optional(Intervals),
  },
  { description: 'Local [open, close] intervals per weekday; a missing day is closed' },
);

const ChannelSchema = Obj({
  id: Id('channel'),
  kind: Type.Union([Type.Literal('online'), Type.Literal('till')]),
  location_id: Nullable(Type.String()),
  name: Type.String(),
  sale_currency: Nullable(Type.String({ description: 'null: sells at list prices; else list prices are converted to it at the rate in force' })),
  created_at: Timestamp,
});

const LocationFields = {
  id: Id('location'),
  code: Type.String(),
  kind: Kind,
  parent_id: Nullable(Type.String()),
  merchant_id: Nullable(Type.String()),
  warehouse_type: Nullable(WarehouseTypeSchema),
  name_en: Type.String(),
  name_zh: Type.String(),
  address_line: Type.String(),
  city: Type.String(),
  city_zh: Nullable(Type.String()),
  province: Type.String(),
  country: Type.String(),
  postal_code: Nullable(Type.String()),
  timezone: Type.String(),
  latitude: Type.Number(),
  longitude: Type.Number(),
  opening_hours: OpeningHours,
  temperature_classes: TemperatureClasses,
  delivery_days: DeliveryDays,
  status: Status,
  created_at: Timestamp,
  updated_at: Timestamp,
};

const LocationListItem = Obj({ ...LocationFields, distance_km: Type.Optional(Type.Number({ description: 'present when listing near a point' })) });
const LocationDetail = Obj({
  ...LocationFields,
  children_ids: Type.Array(Type.String(), { description: 'locations inside this mall' }),
  till_channel: Nullable(ChannelSchema),
});

const Code = Type.String({ pattern: LOCATION_CODE_PATTERN, maxLength: LOCATION_CODE_MAX, description: 'unique, uppercase A-Z 0-9 and hyphens' });

export default async function locationsRoutes(app: App): Promise<void> {
  app.post(
    '/locations',
    {
      config: { access: ['operator'] },
      schema: {
        tags: ['locations'],
        summary: 'Create a store, mall, mall counter or warehouse (a store or counter gets its till channel)',
        body: Obj({
          code: Code,
          kind: Kind,
          parent_id: Type.Optional(Nullable(Id('location'))),
          merchant_id: Type.Optional(Nullable(Id('merchant'))),
          warehouse_type: Type.Optional(Nullable(WarehouseTypeSchema)),
          name_en: Text(200),
          name_zh: Text(200),
          address_line: Text(300),
          city: Text(100),
          city_zh: Type.Optional(Nullable(Text(100))),
          province: Text(100),
          country: Country,
          postal_code: Type.Optional(Nullable(Text(20))),
          timezone: TimeZone,
          latitude: Latitude,
          longitude: Longitude,
          opening_hours: Type.Optional(OpeningHours),
          temperature_classes: Type.Optional({ ...TemperatureClasses, default: ['ambient'] }),
          delivery_days: Type.Optional({ ...DeliveryDays, default: 2 }),
        }),
        response: { 201: LocationDetail },
      },
    },
    async (req, reply) => reply.code(201).send(await locations.createLocation(app.ctx, req.actor, req.body as locations.NewLocation)),
  );

  app.get(
    '/locations',
    {
      config: { access: ['public'] },
      schema: {
        tags: ['locations'],
        summary: 'List locations; with near=lat,lon nearest first, each with distance_km',
        querystring: Obj({
          ...PageQuery,
          kind: Type.Optional(Kind),
          city: Type.Optional(Text(100)),
          parent_id: Type.Optional(Id('location')),
          status: Type.Optional(Status),
          near: Type.Optional(Type.String({ maxLength: 60, description: '"lat,lon", e.g. 31.23,121.47' })),
        }),
        response: { 200: Page(LocationListItem) },
      },
    },
    async (req) => {
      const { near, ...rest } = req.query;
      let point;
      if (near !== undefined) {
        point = parseLatLon(near);
        if (!point) throw badRequest('invalid_near', 'near is "lat,lon" in degrees, e.g. 31.23,121.47');
      }
      return locations.listLocations(app.ctx, { ...rest, ...(point ? { near: point } : {}) });
    },
  );

  app.get(
    '/locations/:id',
    {
      config: { access: ['public'] },
      schema: {
        tags: ['locations'],
        summary: 'One location, with the ids of what a mall contains and its till channel',
        params: IdParams('location'),
        response: { 200: LocationDetail },
      },
    },
    async (req) => locations.getLocation(app.ctx, req.params.id),
  );

  app.patch(
    '/locations/:id',
    {
      config: { access: ['operator'] },
      schema: {
        tags: ['locations'],
        summary: 'Change names, address, time zone, opening hours, temperature classes, delivery days, status or position',
        params: IdParams('location'),
        body: Obj(
          {
            name_en: Type.Optional(Text(200)),
            name_zh: Type.Optional(Text(200)),
            address_line: Type.Optional(Text(300)),
            city: Type.Optional(Text(100)),
            city_zh: Type.Optional(Nullable(Text(100))),
            province: Type.Optional(Text(100)),
            postal_code: Type.Optional(Nullable(Text(20))),
            timezone: Type.Optional(TimeZone),
            latitude: Type.Optional(Latitude),
            longitude: Type.Optional(Longitude),
            opening_hours: Type.Optional(OpeningHours),
            temperature_classes: Type.Optional(TemperatureClasses),
            delivery_days: Type.Optional(DeliveryDays),
            status: Type.Optional(Status),
          },
          { minProperties: 1 },
        ),
        response: { 200: LocationDetail },
      },
    },
    async (req) => locations.updateLocation(app.ctx, req.actor, req.params.id, req.body as locations.LocationPatch),
  );

  app.get(
    '/channels',
    {
      config: { access: ['public'] },
      schema: {
        tags: ['locations'],
        summary: 'Sales channels: the online storefront and one till per store or counter',
        querystring: Obj({ location_id: Type.Optional(Id('location')) }),
        response: { 200: Obj({ items: Type.Array(ChannelSchema) }) },
      },
    },
    async (req) => ({ items: await locations.listChannels(app.ctx, req.query) }),
  );

  app.patch(
    '/channels/:id',
    {
      config: { access: ['operator'] },
      schema: {
        tags: ['locations'],
        summary: 'Set the currency a channel sells in (CNY converts list prices at the rate in force; null sells at list prices)',
        params: IdParams('channel'),
        body: Obj({ sale_currency: Nullable(Type.String({ pattern: '^[A-Z]{3}$' })) }),
        response: { 200: ChannelSchema },
      },
    },
    async (req) => locations.setChannelSaleCurrency(app.ctx, req.actor, req.params.id, req.body.sale_currency),
  );
}
