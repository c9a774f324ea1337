/** SQLite triggers keeping `code_case_count` equal to the codings grouped by code, case, kind and coder. */
const add = (row: string) => `
  insert into code_case_count (project_id, code_id, case_id, kind, coder_id, n)
    select ${row}.project_id, ${row}.code_id, d.case_id, d.kind, ${row}.coder_id, 1 from document d
    where d.id = ${row}.document_id and d.case_id is not null
  on conflict (project_id, code_id, case_id, kind, coder_id) do update set n = n + 1;`;
// Both statements name the whole key, so removing a coding touches one row, not every row of its code.
const key = (row: string) => `project_id = ${row}.project_id and code_id = ${row}.code_id and coder_id = ${row}.coder_id
    and (case_id, kind) = (select case_id, kind from document where id = ${row}.document_id)`;
const remove = (row: string) => `
  update code_case_count set n = n - 1 where ${key(row)};
  delete from code_case_count where ${key(row)} and n <= 0;`;

export const SQLITE_COUNT_TRIGGERS = [
  `create trigger code_case_count_insert after insert on coding begin ${add('new')} end`,
  `create trigger code_case_count_delete after delete on coding begin ${remove('old')} end`,
  `create trigger code_case_count_update after update of code_id, coder_id, document_id on coding begin ${remove('old')} ${add('new')} end`,
];

/** `code_case_total`: the same counts across all coders, a fraction of the rows when a team codes. */
const addTotal = (row: string) => `
  insert into code_case_total (project_id, code_id, case_id, kind, n)
    select ${row}.project_id, ${row}.code_id, d.case_id, d.kind, 1 from document d
    where d.id = ${row}.document_id and d.case_id is not null
  on conflict (project_id, code_id, case_id, kind) do update set n = n + 1;`;
const removeTotal = (row: string) => `
  update code_case_total set n = n - 1 where project_id = ${row}.project_id and code_id = ${row}.code_id
    and (case_id, kind) = (select case_id, kind from document where id = ${row}.document_id);
  delete from code_case_total where project_id = ${row}.project_id and code_id = ${row}.code_id
    and (case_id, kind) = (select case_id, kind from document where id = ${row}.document_id) and n <= 0;`;

export const SQLITE_TOTAL_SCHEMA = [
  // The primary key is the table: the grouped read walks it in order, with the count at hand.
  `create table code_case_total (project_id text not null, code_id text not null, case_id text not null,
     kind text not null, n integer not null, primary key (project_id, code_id, case_id, kind)) without rowid`,
  `create trigger code_case_total_insert after insert on coding begin ${addTotal('new')} end`,
  `create trigger code_case_total_delete after delete on coding begin ${removeTotal('old')} end`,
  // Which coder made a coding does not change the totals.
  `create trigger code_case_total_update after update of code_id, document_id on coding begin ${removeTotal('old')} ${addTotal('new')} end`,
];
