import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export type LocationKind = 'department_store' | 'mall' | 'mall_counter' | 'warehouse';
export type WarehouseType = 'cn_bonded' | 'cn_domestic' | 'us';
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
/** Local opening intervals per weekday, e.g. {"mon": [["10:00", "22:00"]]}; a missing day is closed. */
export type OpeningHours = Partial<Record<Weekday, Array<[string, string]>>>;

export interface LocationsTable {
  id: string;
  code: string;
  kind: LocationKind;
  parent_id: string | null;
  merchant_id: string | null;
  warehouse_type: WarehouseType | null;
  name_en: string;
  name_zh: string;
  address_line: string;
  city: string;
  city_zh: string | null;
  province: string;
  country: string;
  postal_code: string | null;
  timezone: string;
  latitude: number;
  longitude: number;
  opening_hours: JSONColumnType<OpeningHours, string, string>;
  /** Which temperature classes ('ambient', 'chilled', 'frozen') the location can hold. */
  temperature_classes: ColumnType<string[], string[] | undefined, string[]>;
  /** Days a delivery from here takes: the promised date lots must still be good on. */
  delivery_days: Generated<number>;
  status: Generated<'open' | 'closed'>;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export type ChannelKind = 'online' | 'till';

export interface ChannelsTable {
  id: string;
  kind: ChannelKind;
  location_id: string | null;
  name: string;
  /** Null: sells at list prices in list currencies; else converts to this currency (pricing). */
  sale_currency: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Generated<Date>;
}

export interface LocationTables {
  locations: LocationsTable;
  channels: ChannelsTable;
}
