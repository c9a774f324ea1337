/** PostgreSQL trigger keeping `code_case_count` equal to the codings grouped by code, case, kind and coder. */
export const POSTGRES_COUNT_TRIGGERS = [
  `create function code_case_count_keep() returns trigger language plpgsql as $$
   begin
     if tg_op <> 'INSERT' then
       update code_case_count c set n = c.n - 1 from document d
         where d.id = old.document_id and c.project_id = old.project_id and c.code_id = old.code_id
           and c.case_id = d.case_id and c.kind = d.kind and c.coder_id = old.coder_id;
       delete from code_case_count c using document d
         where d.id = old.document_id and c.project_id = old.project_id and c.code_id = old.code_id
           and c.case_id = d.case_id and c.kind = d.kind and c.coder_id = old.coder_id and c.n <= 0;
     end if;
     if tg_op <> 'DELETE' then
       insert into code_case_count (project_id, code_id, case_id, kind, coder_id, n)
         select new.project_id, new.code_id, d.case_id, d.kind, new.coder_id, 1 from document d
         where d.id = new.document_id and d.case_id is not null
       on conflict (project_id, code_id, case_id, kind, coder_id) do update set n = code_case_count.n + 1;
     end if;
     return null;
   end $$`,
  `create trigger code_case_count_keep after insert or delete or update of code_id, coder_id, document_id on coding
     for each row execute function code_case_count_keep()`,
];

/** `code_case_total`: the same counts across all coders, a fraction of the rows when a team codes. */
export const POSTGRES_TOTAL_SCHEMA = [
  `create table code_case_total (project_id text not null, code_id text not null, case_id text not null,
     kind text not null, n integer not null, constraint code_case_total_key primary key (project_id, code_id, case_id, kind))`,
  // The key plus the count: grouping by code and case reads this index alone, in order.
  `create index code_case_total_cover on code_case_total (project_id, code_id, case_id, kind, n)`,
  `create function code_case_total_keep() returns trigger language plpgsql as $$
   begin
     if tg_op <> 'INSERT' then
       update code_case_total c set n = c.n - 1 from document d
         where d.id = old.document_id and c.project_id = old.project_id and c.code_id = old.code_id
           and c.case_id = d.case_id and c.kind = d.kind;
       delete from code_case_total c using document d
         where d.id = old.document_id and c.project_id = old.project_id and c.code_id = old.code_id
           and c.case_id = d.case_id and c.kind = d.kind and c.n <= 0;
     end if;
     if tg_op <> 'DELETE' then
       insert into code_case_total (project_id, code_id, case_id, kind, n)
         select new.project_id, new.code_id, d.case_id, d.kind, 1 from document d
         where d.id = new.document_id and d.case_id is not null
       on conflict (project_id, code_id, case_id, kind) do update set n = code_case_total.n + 1;
     end if;
     return null;
   end $$`,
  // Which coder made a coding does not change the totals.
  `create trigger code_case_total_keep after insert or delete or update of code_id, document_id on coding
     for each row execute function code_case_total_keep()`,
];
