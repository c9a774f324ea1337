/** Every named command, by name: the only way anything changes a project. */
import type { Command } from './command.js';
import { setPassword } from './accounts.js';
import { addCase, setAttribute } from './cases.js';
import { createCode, defineCode, moveCode, recolorCode, renameCode } from './codes.js';
import { deleteCode, mergeCodes } from './codes-merge.js';
import { applyCode, removeCoding } from './codings.js';
import { applyMany } from './codings-bulk.js';
import { resolveDisagreement } from './consensus.js';
import { takeAgreed } from './consensus-agreed.js';
import { importDocument } from './documents.js';
import { markExemplar } from './exemplars.js';
import { addMemo, addMemoLinks, deleteMemo, editMemo, removeMemoLink } from './memos.js';
import { assignDocuments, setPhase, unassignDocuments } from './phases.js';
import { addMember, addUser, createProject, removeMember, updateSettings } from './projects.js';
import { frameModel } from './model-frames.js';
import { importProject } from './project-import.js';
import { importCodebook } from './codebook-import.js';
import { createModel, deleteModel, editModel, placeNodes, removeNodes } from './models.js';
import { addRelationType, deleteRelationType, editRelationType } from './relation-types.js';
import { addRelation, citeEvidence, deleteRelation, editRelation, uncite } from './relations.js';
import { addToSet, createSet, deleteSet, editSet, removeFromSet } from './sets.js';
import { applyTemplate } from './template.js';
import { redo, undo } from './undo.js';

export const COMMANDS = {
  createProject, addUser, setPassword, addMember, removeMember, updateSettings, setPhase, assignDocuments, unassignDocuments,
  addCase, setAttribute, importDocument,
  createCode, renameCode, recolorCode, defineCode, moveCode, mergeCodes, deleteCode,
  applyCode, removeCoding, markExemplar, applyMany, addMemo, editMemo, deleteMemo, addMemoLinks, removeMemoLink, applyTemplate, resolveDisagreement, takeAgreed,
  addRelationType, editRelationType, deleteRelationType, addRelation, editRelation, deleteRelation, citeEvidence, uncite,
  createModel, editModel, deleteModel, placeNodes, removeNodes, frameModel, createSet, editSet, deleteSet, addToSet, removeFromSet,
  importProject, importCodebook, undo, redo,
} as const;

export const COMMANDS_BY_NAME: ReadonlyMap<string, Command<never, unknown>> = new Map(
  Object.values(COMMANDS).map((c) => [c.name, c as unknown as Command<never, unknown>]),
);

export type { Command, CommandContext } from './command.js';
