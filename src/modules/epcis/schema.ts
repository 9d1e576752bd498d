import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** One EPCIS capture job (EPCIS 2.0 REST binding: POST /capture answers with its location). */
export interface EpcisCapturesTable {
  id: string;
  merchant_id: string;
  actor_id: string | null;
  /** We process inside the request, so a stored job is never still running; kept for the binding's answer. */
  running: Generated<boolean>;
  success: boolean;
  capture_error_behaviour: Generated<'rollback'>;
  /** The binding's error list: one entry per problem, empty on success. */
  errors: JSONColumnType<Array<Record<string, unknown>>, string, string>;
  event_count: Generated<number>;
  /** Events of this capture that were already stored (same eventID): not stored or applied again. */
  duplicate_count: Generated<number>;
  created_at: Generated<Date>;
  finished_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

/** A captured EPCIS event, stored as sent (plus its eventID) with columns to query by. */
export interface EpcisEventsTable {
  id: string;
  merchant_id: string;
  capture_id: string;
  /** The event's eventID, or its EPCIS event hash when it carried none; unique per merchant. */
  event_id: string;
  event_hash: string;
  event_type: string;
  event_time: Date;
  record_time: Generated<Date>;
  action: string | null;
  /** Full CBV URIs (https://ref.gs1.org/cbv/BizStep-…), other URIs as sent. */
  biz_step: string | null;
  disposition: string | null;
  read_point: string | null;
  biz_location: string | null;
  /** Instance-level identifiers in canonical GS1 Digital Link form (or as sent when not a GS1 key). */
  epcs: ColumnType<string[], string[], string[]>;
  /** Class-level identifiers of quantityList only (MATCH_epcClass). */
  epc_classes: ColumnType<string[], string[], string[]>;
  /** Class-level identifiers of every quantity list (MATCH_anyEPCClass). */
  any_epc_classes: ColumnType<string[], string[], string[]>;
  /** Whether the event moved Meridian stock (receiving/shipping of own variants at a known place). */
  applied: Generated<boolean>;
  body: JSONColumnType<Record<string, unknown>, string, string>;
  /** The capture document's own @context entries beyond the standard one (namespaces of extensions). */
  context: JSONColumnType<unknown[], string, string>;
}

export interface EpcisTables {
  epcis_captures: EpcisCapturesTable;
  epcis_events: EpcisEventsTable;
}
