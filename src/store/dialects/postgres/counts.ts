/** PostgreSQL trigger keeping `code_case_count` equal to the codings grouped by code, case, kind and coder. */
export const POSTGRES_COUNT_TRIGGERS = [
  `create function code_case_count_keep() returns trigger language plpgsql as $$
   begin
     if tg_op <> 'INSERT' then
       update code_case_count c set n = c.n - 1 from document d
         where d.id = old.document_id and c.project_id = old.project_id and c.code_id = old.code_id
           and c.case_id = d.case_id and c.kind = d.kind and c.coder_id = old.coder_id;
       delete from code_case_count where project_id = old.project_id and code_id = old.code_id and n <= 0;
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
