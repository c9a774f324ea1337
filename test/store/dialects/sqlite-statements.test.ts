/** Kept prepared statements: reused by SQL text, never while one still streams rows, and bounded. */
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { keptStatements } from '../../../src/store/dialects/sqlite/statements.js';

let raw: BetterSqlite3.Database;
afterEach(() => raw?.close());

function open() {
  raw = new BetterSqlite3(':memory:');
  raw.exec("create table turn (id integer primary key, speaker text); insert into turn (speaker) values ('Terapeuta'), ('Paciente'), ('Terapeuta')");
  return keptStatements(raw, 2);
}

describe('keptStatements', () => {
  it('hands back the same statement for the same SQL and drops the least recently used beyond its bound', () => {
    const db = open();
    const a = db.prepare('select count(*) as n from turn');
    expect(db.prepare('select count(*) as n from turn')).toBe(a);
    const b = db.prepare('select speaker from turn where id = ?');
    expect(db.prepare('select count(*) as n from turn')).toBe(a);
    db.prepare('select id from turn');
    // Of three, b was the least recently used: it is prepared anew, while a was kept.
    expect(db.prepare('select count(*) as n from turn')).toBe(a);
    expect(db.prepare('select speaker from turn where id = ?')).not.toBe(b);
  });

  it('prepares a fresh statement while the kept one still hands out rows, and keeps the first', () => {
    const db = open();
    const sqlText = 'select speaker from turn order by id';
    const kept = db.prepare(sqlText);
    const rows = kept.iterate([]) as IterableIterator<{ speaker: string }>;
    expect(rows.next().value?.speaker).toBe('Terapeuta');
    const other = db.prepare(sqlText);
    expect(other).not.toBe(kept);
    expect([...rows].map((r) => r.speaker)).toEqual(['Paciente', 'Terapeuta']);
    expect(db.prepare(sqlText)).toBe(kept);
  });

  it('reads what a write changed, with the same kept statement', async () => {
    const db = open();
    const count = () => (db.prepare('select count(*) as n from turn').all([]) as { n: number }[])[0]!.n;
    expect(count()).toBe(3);
    db.prepare('insert into turn (speaker) values (?)').run(['Paciente']);
    expect(count()).toBe(4);
  });
});
