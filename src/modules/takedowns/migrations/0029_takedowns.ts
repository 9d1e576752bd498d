import { type Kysely, sql } from 'kysely';

/**
 * Notice and takedown (issue 8): a brand owner's notice against a listing takes it down at once;
 * the listing's merchant may counter; an operator upholds (a strike) or reinstates. Strikes within
 * a window suspend the merchant; a suspended merchant may appeal. Every step is kept with its time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table takedown_notices (
      id text primary key,
      registration_id text not null,
      -- The brand owner's merchant (who filed) and the listing's merchant (who must answer).
      notifier_merchant_id text not null references merchants (id),
      listing_merchant_id text not null references merchants (id),
      product_id text not null references products (id),
      kind text not null check (kind in ('counterfeit', 'trademark', 'copyright', 'design')),
      statement text not null,
      evidence_urls jsonb not null default '[]',
      status text not null check (status in ('actioned', 'countered', 'upheld', 'reinstated', 'withdrawn')),
      counter_statement text,
      counter_evidence_urls jsonb,
      decision_reason text,
      decided_by text,
      received_at timestamptz not null default now(),
      -- The listing comes down in the transaction that receives the notice.
      actioned_at timestamptz not null default now(),
      countered_at timestamptz,
      decided_at timestamptz,
      created_by text,
      check ((status in ('upheld', 'reinstated', 'withdrawn')) = (decided_at is not null)),
      check ((status = 'countered' or counter_statement is null) or decided_at is not null)
    );
    create index takedown_notices_notifier_idx on takedown_notices (notifier_merchant_id, id);
    create index takedown_notices_listing_merchant_idx on takedown_notices (listing_merchant_id, id);
    create index takedown_notices_product_idx on takedown_notices (product_id, status);
    create index takedown_notices_received_idx on takedown_notices (received_at);

    create table takedown_events (
      id bigint generated always as identity primary key,
      notice_id text not null references takedown_notices (id),
      from_status text,
      to_status text not null,
      note text,
      actor text,
      created_at timestamptz not null default now()
    );
    create index takedown_events_notice_idx on takedown_events (notice_id, id);

    -- An upheld notice is a strike against the listing's merchant; a granted appeal voids the
    -- strikes that suspended it (they stay, marked, for the record).
    create table merchant_strikes (
      id text primary key,
      merchant_id text not null references merchants (id),
      notice_id text not null unique references takedown_notices (id),
      struck_at timestamptz not null default now(),
      voided_at timestamptz,
      voided_reason text
    );
    create index merchant_strikes_merchant_idx on merchant_strikes (merchant_id, struck_at);

    create table strike_suspensions (
      id text primary key,
      merchant_id text not null references merchants (id),
      strikes integer not null,
      suspended_at timestamptz not null default now(),
      appeal_statement text,
      appealed_at timestamptz,
      appeal_status text check (appeal_status in ('pending', 'granted', 'denied')),
      appeal_reason text,
      appeal_decided_by text,
      appeal_decided_at timestamptz
    );
    create index strike_suspensions_merchant_idx on strike_suspensions (merchant_id, suspended_at);
    create index strike_suspensions_suspended_idx on strike_suspensions (suspended_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table strike_suspensions; drop table merchant_strikes; drop table takedown_events; drop table takedown_notices;`.execute(db);
}
