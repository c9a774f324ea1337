/**
 * The conceptual model of the moments-of-meeting study (its Figure 1) as typed relations between
 * the template's four categories and a model named "Sparks of change" that draws them.
 *
 * How the figure is represented, and why:
 * - Relations join the four categories, following the figure's chain: enabling conditions are the
 *   context in which triggers act (`context of` the triggers), triggers are the causal conditions
 *   of the moment (`causal condition of` the phenomenon) and the effects are its consequences
 *   (`consequence of`, pointing back at the moment). Context of the triggers rather than of the
 *   moment: the figure draws conditions leading into triggers.
 * - The model draws four columns in paradigm order, one frame each (context, causal conditions,
 *   phenomenon, consequences), with the category on top and its properties below, so each box
 *   carries its own counts. The figure's groups are frames inside a column: conditions of the
 *   relationship, of the therapist and of the patient; effects at once (in the patient, the
 *   therapist, the session) and over the longer run (in the process, in the patient).
 * - Which group a property joins follows its `owner` in the codebook: REL and properties owned by
 *   both people ("T and P", as the figure puts openness and emotional disposition "of both") go
 *   with the relationship; PR effects with the session when they act at once, with the process
 *   when they shape the course of therapy. A code appears once on a model, so a property shared
 *   by both people is not drawn twice.
 * - Positions are computed when the template is applied (`core/template-figure.ts`), where the
 *   boxes can be measured.
 */
import type { TemplateGroup, TemplateModel, TemplateRelation } from './types.js';

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

const conditions = (name: string): string => `${CONDITIONS}/${name}`;
const triggers = (name: string): string => `${TRIGGERS}/${name}`;
const moment = (name: string): string => `${MOMENT}/${name}`;
const effects = (name: string): string => `${EFFECTS}/${name}`;

const columns: TemplateGroup[] = [
  {
    title: 'Context',
    items: [
      CONDITIONS,
      { title: 'Of the relationship', items: ['Openness', 'Emotional disposition', 'Personal features', '"Perfect fit"', 'Knowledge of the relationship', 'Established alliance or relation'].map(conditions) },
      { title: 'Of the therapist', items: ['Awareness of oneself', 'Therapeutic flexibility', 'Authenticity', "Recognition of the patient's rhythms"].map(conditions) },
      { title: 'Of the patient', items: [conditions('Trust in the therapist')] },
    ],
  },
  {
    title: 'Causal conditions',
    items: [TRIGGERS, ...['Humor', 'Ruptures or impasse', 'Ordinary situations', 'Silences', 'Connectedness and synchrony', 'Empathic attunement'].map(triggers)],
  },
  {
    title: 'Phenomenon: sparks of change',
    items: [
      MOMENT,
      ...['Emergent nature', 'Genuine experience', 'Shared experience', 'Embodied experience', 'Idiosyncratic', 'Surprising', 'Implicit process',
        'Emotionally intense', 'Intimate and deep bond', 'Emotional synchrony', 'Resonance', 'Attunement'].map(moment),
    ],
  },
  {
    title: 'Consequences',
    items: [
      EFFECTS,
      {
        title: 'Immediate effects',
        items: [
          { title: 'In the patient and the therapist', items: ['Relief', 'Decompression'].map(effects) },
          { title: 'In the patient', items: [effects('Physical changes')] },
          { title: 'In the therapist', items: [effects('Sense of connectedness')] },
          { title: 'In the session', items: ['Injects vitality to the session', 'Disrupts the regular flow', 'Changes in the emotional atmosphere'].map(effects) },
        ],
      },
      {
        title: 'Long-term effects',
        items: [
          { title: 'In the process', items: ['Gives new directions', 'The process strengthens'].map(effects) },
          { title: 'In the patient', items: ['Laboratory for new experiences', 'New knowledge of himself and others', 'Opens new possibilities'].map(effects) },
        ],
      },
    ],
  },
];

export const momModels: TemplateModel[] = [
  {
    name: 'Sparks of change',
    layout: 'paradigm',
    description: 'How therapists account for the part moments of meeting play in change, drawn as a paradigm model: conditions already in place (of the relationship, of the therapist, of the patient) make room for triggers; a trigger sets off the moment of meeting, the central phenomenon; the moment then has effects, some at once (patient, therapist, session) and some over the course of therapy (the process, the patient). Each property sits in its group; the relation memos say how the groups are read from the codebook.',
    nodes: [],
    columns,
  },
];
