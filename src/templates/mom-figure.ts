/**
 * The conceptual model of the moments-of-meeting study (its Figure 1) as typed relations between
 * the template's four categories and a model named "Sparks of change" that draws them.
 *
 * How the figure is represented, and why:
 * - Nodes are the four categories themselves. The figure splits enabling conditions into three
 *   groups (of the relationship, of the therapist, of the patient) and effects into two time
 *   frames; the codebook keeps those groups per property, in its `owner` attribute (REL, T, P,
 *   "T and P", PR for the process), not as codes. Adding group codes would change Table I's
 *   codebook, so the groups are spelled out in the relation memos and the model's description; a
 *   team that wants them drawn can add such codes and place them on the model.
 * - Relations follow the figure's chain: enabling conditions are the context in which triggers
 *   act (`context of` the triggers), triggers are the causal conditions of the moment (`causal
 *   condition of` the phenomenon) and the effects are its consequences (`consequence of`, which
 *   points back at the moment; the paradigm layout still draws effects to its right). Context of
 *   the triggers rather than of the moment: the figure draws conditions leading into triggers,
 *   and a straight arrow from the first column to the third would cross the triggers' box.
 * - Positions are fixed here, one row in paradigm order, so the model reads at once in the editor
 *   and in an SVG export with no layout pass at apply time. They are the top-left corners of the
 *   boxes as `nodeSize` sizes them with a counts line, with vertical centres on one line and room
 *   between columns for a relation's label.
 */
import type { TemplateModel, TemplateRelation } from './types.js';

const CONDITIONS = 'Enabling conditions';
const TRIGGERS = 'Triggers of moments of meeting';
const MOMENT = 'Characteristics of moments of meeting';
const EFFECTS = 'Main effects';

export const momRelations: TemplateRelation[] = [
  {
    from: CONDITIONS,
    type: 'context of',
    to: TRIGGERS,
    memo: 'What already exists before the moment forms the ground on which a trigger can work; it makes a meeting possible but does not start one. The groups of the figure are read from the owner attribute of each property: conditions of the relationship (REL), of the therapist (T) and of the patient (P); those marked "T and P" count for both people.',
  },
  {
    from: TRIGGERS,
    type: 'causal condition of',
    to: MOMENT,
    memo: 'A trigger is the event in the session that tips the exchange into a meeting: a shared laugh or state, words or thoughts that coincide, an ordinary conversation, or a disagreement, stalemate or rupture that both go through together.',
  },
  {
    from: EFFECTS,
    type: 'consequence of',
    to: MOMENT,
    memo: 'Effects come in two time frames that feed each other. Right away: in the patient (owner P), in the therapist (T) and in the session as a whole (PR). Over the longer run: in the course of the therapy (PR) and in the patient, who takes what was learnt here into other relationships. The link is not a straight line: a meeting can fade after the session or matter only much later.',
  },
];

export const momModels: TemplateModel[] = [
  {
    name: 'Sparks of change',
    layout: 'paradigm',
    description: 'How therapists account for the part moments of meeting play in change, drawn as a paradigm model: conditions already in place (of the relationship, of the therapist, of the patient) make room for triggers; a trigger sets off the moment of meeting, the central phenomenon; the moment then has effects, some at once (patient, therapist, session) and some over the course of therapy (the process, the patient). The relation memos say how each group is read from the codebook.',
    nodes: [
      { code: CONDITIONS, x: 0, y: 8 },
      { code: TRIGGERS, x: 340, y: 0 },
      { code: MOMENT, x: 680, y: 0 },
      { code: EFFECTS, x: 1020, y: 8 },
    ],
  },
];
