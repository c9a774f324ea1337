/**
 * Axial coding: typed relations between codes, segments and memos, with evidence, and models
 * (named diagrams) whose node positions are kept apart from the relations they show. Every
 * project gets the default relation types.
 */
import type { Kysely } from 'kysely';
import type { RelationTypeRecord } from '../../core/records.js';
import { seedRelationTypes } from '../../core/relation-types.js';
import { newId } from '../ids.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('relation_type')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('symmetric', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('paradigm', 'text')
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('relation_type_name', ['project_id', 'name'])
    .execute();
  await db.schema.createTable('relation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id'))
    .addColumn('type_id', 'text', (c) => c.notNull().references('relation_type.id'))
    .addColumn('source_type', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('memo', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.notNull().references('user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('relation_project').on('relation').columns(['project_id', 'type_id']).execute();
  // Deleting a code, segment or memo finds the relations it takes part in from either end.
  await db.schema.createIndex('relation_source').on('relation').columns(['source_id']).execute();
  await db.schema.createIndex('relation_target').on('relation').columns(['target_id']).execute();
  await db.schema.createTable('relation_evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('relation_id', 'text', (c) => c.notNull().references('relation.id'))
    .addColumn('segment_id', 'text', (c) => c.notNull().references('segment.id'))
    .addUniqueConstraint('relation_evidence_pair', ['relation_id', 'segment_id'])
    .execute();
  await db.schema.createIndex('relation_evidence_segment').on('relation_evidence').columns(['segment_id']).execute();
  await db.schema.createTable('model')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('layout', 'text', (c) => c.notNull().defaultTo('free'))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.notNull().references('user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('model_name', ['project_id', 'name'])
    .execute();
  await db.schema.createTable('model_node')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('model_id', 'text', (c) => c.notNull().references('model.id'))
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('x', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('y', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('style', 'text', (c) => c.notNull().defaultTo('{}'))
    .addUniqueConstraint('model_node_target', ['model_id', 'target_id'])
    .execute();
  await db.schema.createIndex('model_node_target_id').on('model_node').columns(['target_id']).execute();

  const now = new Date().toISOString();
  const projects = await (db as Kysely<{ project: { id: string } }>).selectFrom('project').select('id').execute();
  // The database runs with the camel-case plugin: rows are written as records are.
  const types = db as unknown as Kysely<{ relation_type: RelationTypeRecord }>;
  for (const p of projects) await types.insertInto('relation_type').values(seedRelationTypes(p.id, newId, now)).execute();
}
