/** The first schema: projects, people, cases, documents, the code tree, coding, memos and the event log. */
import type { Kysely } from 'kysely';
import type { DialectAdapter } from '../dialects/adapter.js';

// Foreign keys never cascade: a delete that would take other work with it fails instead,
// so commands remove dependents explicitly and record them for undo.
export async function up(db: Kysely<unknown>, a: DialectAdapter): Promise<void> {
  const s = db.schema;
  await s.createTable('user')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('email', 'text')
    .addColumn('password_hash', 'text')
    .addColumn('is_admin', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_local_owner', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await s.createTable('project')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await s.createTable('membership')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addUniqueConstraint('membership_project_user', ['project_id', 'user_id'])
    .execute();
  await s.createTable('case')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('case_project_label', ['project_id', 'label'])
    .execute();
  await s.createTable('attribute')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('case.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addUniqueConstraint('attribute_case_key', ['case_id', 'key'])
    .execute();
  await s.createTable('document')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text', (c) => c.references('case.id'))
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('length', 'integer', (c) => c.notNull())
    .addColumn('original', a.types.blob, (c) => c.notNull())
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('document_project_name', ['project_id', 'name'])
    .execute();
  await s.createTable('turn')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('document.id'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('speaker', 'text', (c) => c.notNull())
    .addColumn('start_ms', 'integer')
    .addColumn('end_ms', 'integer')
    .execute();
  await s.createIndex('turn_document').on('turn').columns(['document_id', 'start']).execute();
  await s.createTable('code')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id'))
    .addColumn('parent_id', 'text', (c) => c.references('code.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('color', 'text')
    .addColumn('in_vivo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('attributes', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.notNull().references('user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await s.createIndex('code_project_parent').on('code').columns(['project_id', 'parent_id', 'name']).execute();
  await s.createTable('segment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('document.id'))
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('exact', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('suffix', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('orphaned', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await s.createIndex('segment_document').on('segment').columns(['document_id', 'start', 'end']).execute();
  await s.createIndex('segment_project').on('segment').column('project_id').execute();
  await s.createTable('coding')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id'))
    .addColumn('segment_id', 'text', (c) => c.notNull().references('segment.id'))
    .addColumn('code_id', 'text', (c) => c.notNull().references('code.id'))
    .addColumn('coder_id', 'text', (c) => c.notNull().references('user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('coding_segment_code_coder', ['segment_id', 'code_id', 'coder_id'])
    .execute();
  await s.createIndex('coding_code').on('coding').columns(['code_id', 'coder_id']).execute();
  await s.createIndex('coding_project').on('coding').column('project_id').execute();
  await s.createTable('memo')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await s.createIndex('memo_project').on('memo').columns(['project_id', 'title']).execute();
  await s.createTable('memo_link')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('memo_id', 'text', (c) => c.notNull().references('memo.id'))
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .execute();
  await s.createIndex('memo_link_memo').on('memo_link').column('memo_id').execute();
  await s.createIndex('memo_link_target').on('memo_link').columns(['target_type', 'target_id']).execute();
  await s.createTable('event')
    .addColumn('seq', a.types.serial, (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('project_id', 'text')
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('command', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('inverse', 'text')
    .addColumn('undoes', 'integer')
    .execute();
  await s.createIndex('event_project_actor').on('event').columns(['project_id', 'actor_id', 'seq']).execute();
  await s.createIndex('event_undoes').on('event').column('undoes').execute();
  // The event log is append-only: the database itself refuses edits and deletions.
  await a.protectAppendOnly(db, 'event');
}
