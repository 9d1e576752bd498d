import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import type { Access, Actor } from '../shared/actor.ts';
import type { EventHub } from '../modules/events/hub.ts';

/** What every service call needs: the database handle (a transaction also fits) and settings. */
export interface Ctx {
  db: Kysely<DB>;
  config: Config;
}

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    startedAt: bigint;
  }
  interface FastifyInstance {
    ctx: Ctx;
    database: Database;
    /** This process's end of the event stream (live readers, durable consumers). */
    events: EventHub;
  }
  interface FastifyContextConfig {
    /** Who may call this route; every route must say (checked when routes are registered). */
    access?: Access[];
  }
}
