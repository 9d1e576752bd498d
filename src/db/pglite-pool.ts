import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/**
 * Presents one embedded PGlite instance to Kysely's PostgresDialect as a pool of one connection.
 * PGlite is single-session, so a connection is held exclusively until released: a Kysely
 * transaction keeps it from BEGIN to COMMIT, and other callers queue (FIFO) behind it.
 */
export class PGlitePool implements PostgresPool {
  #tail: Promise<void> = Promise.resolve();
  #waiting = 0;
  #busy = false;

  constructor(readonly pg: PGlite) {}

  get waiting(): number {
    return this.#waiting;
  }

  get busy(): boolean {
    return this.#busy;
  }

  async connect(): Promise<PostgresPoolClient> {
    let release!: () => void;
    const prev = this.#tail;
    this.#tail = new Promise<void>((resolve) => (release = resolve));
    this.#waiting++;
    await prev;
    this.#waiting--;
    this.#busy = true;
    const pg = this.pg;
    let released = false;
    return {
      async query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
        if (parameters.length === 0) {
          // exec() takes several statements (migrations), as pg's simple protocol does.
          const results = await pg.exec(sql);
          const last = results[results.length - 1];
          return { command: commandOf(sql), rowCount: last?.affectedRows ?? 0, rows: (last?.rows ?? []) as R[] };
        }
        const result = await pg.query<R>(sql, parameters as unknown[]);
        return { command: commandOf(sql), rowCount: result.affectedRows ?? 0, rows: result.rows };
      },
      release: () => {
        if (released) return;
        released = true;
        this.#busy = false;
        release();
      },
    } as PostgresPoolClient;
  }

  async end(): Promise<void> {
    await this.#tail;
    await this.pg.close();
  }
}

function commandOf(sql: string): 'INSERT' | 'UPDATE' | 'DELETE' | 'SELECT' | 'COMMIT' | 'ROLLBACK' {
  const head = /^\s*(?:with\b[\s\S]*?\)\s*)?(\w+)/i.exec(sql)?.[1]?.toUpperCase();
  switch (head) {
    case 'INSERT':
    case 'UPDATE':
    case 'DELETE':
    case 'COMMIT':
    case 'ROLLBACK':
      return head;
    default:
      // A WITH ... statement may modify rows; report UPDATE so Kysely keeps the affected-row count.
      return /^\s*with\b/i.test(sql) ? 'UPDATE' : 'SELECT';
  }
}
