/**
 * Each pooled connection keeps its frequent statements prepared: PostgreSQL then parses and plans
 * a command's dozen short queries once per connection instead of at every call, which is most of
 * what a small query costs it. Only statements with few parameters are named, and only so many per
 * connection, because lists (`in ($1, …, $n)`) make a new text for every length.
 *
 * A prepared statement outlives a change of its table: a server whose database is migrated by a
 * newer process while it runs must be restarted, as it must be for the newer code anyway.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';

const MAX_PARAMETERS = 24;
const MAX_NAMED = 400;

type Query = (config: unknown, values?: unknown, callback?: unknown) => unknown;

export function prepareFrequentStatements(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as Query;
    const named = new Set<string>();
    (client as unknown as { query: Query }).query = (...args: [unknown, unknown?, unknown?]) => {
      const [config, values, callback] = args;
      if (typeof config !== 'string' || !Array.isArray(values) || values.length === 0 || values.length > MAX_PARAMETERS) {
        return query(...args);
      }
      const name = `s${createHash('sha1').update(config).digest('base64url').slice(0, 20)}`;
      if (!named.has(name)) {
        if (named.size >= MAX_NAMED) return query(...args);
        named.add(name);
      }
      return callback === undefined ? query({ name, text: config, values }) : query({ name, text: config, values }, callback);
    };
  });
}
