/**
 * The moments-of-meeting study (Duarte, Martínez & Tomicic, 2021, "Sparks of psychotherapeutic
 * change", Psychotherapy Research) as a ready-to-apply template: the four categories of its
 * Table I with their properties, the interview guide, a memo on its conceptual model and that
 * model itself (Figure 1, see `mom-figure.ts`), the case attributes it reports for participants
 * and its frequency ranges.
 *
 * Code names are the paper's own, character for character; definitions and memos are Sparks'
 * wording of their meaning. Numbers are those printed in Table I (Enabling conditions has no
 * number 3 there, and the gap is kept so that coders can cross-reference the table).
 */
import { momModels, momRelations } from './mom-figure.js';
import type { StudyTemplate, TemplateCode, TemplateMemo } from './types.js';

/** Who a condition or an effect belongs to, as marked in Table I. */
type Owner = 'T' | 'P' | 'T and P' | 'REL' | 'PR';

/** Category colours: one hue each, shared by the category's properties. */
const COLORS = {
  characteristics: '#D9822B',
  triggers: '#C0392B',
  conditions: '#2E86AB',
  effects: '#3A9D5D',
} as const;

/** A property (child code) with its Table I number and, where the table gives one, its owner. */
function property(color: string, number: number, name: string, definition: string, owner?: Owner): TemplateCode {
  const attributes: Record<string, string> = { number: String(number) };
  if (owner !== undefined) attributes.owner = owner;
  return { name, definition, color, attributes };
}

const characteristics: TemplateCode = {
  name: 'Characteristics of moments of meeting',
  definition:
    'What a moment of meeting is like as therapists live it: the qualities that set this kind of encounter apart from the usual run of a session.',
  color: COLORS.characteristics,
  attributes: { paperFrequency: 'general' },
  children: (
    [
      [1, 'Emergent nature', 'The moment arises by itself out of the exchange between the two people; nobody plans or stages it, and neither of them produces it alone.'],
      [2, 'Genuine experience', 'Both people live the moment as real and unforced, not as a technique applied or a role being played.'],
      [3, 'Shared experience', 'The moment belongs to both partners at once: each feels the other present in it, in body, in thought and in feeling.'],
      [4, 'Embodied experience', 'The moment registers in the body, through sensations, posture and movement, often before anyone puts it into words.'],
      [5, 'Idiosyncratic', 'The moment is particular to this pair, to the history they have built and to the point their therapy has reached; it would not happen the same way with anyone else.'],
      [6, 'Surprising', 'The moment comes unannounced and catches the therapist off guard, so how to respond can only be decided while it unfolds.'],
      [7, 'Implicit process', 'Much of the moment happens below explicit talk, carried by non-verbal signals and felt sensations; it may never be named in the session or be recalled only with effort.'],
      [8, 'Emotionally intense', 'The moment carries a strong charge of feeling that rises well above the usual emotional level of the session.'],
      [9, 'Intimate and deep bond', 'The moment brings therapist and patient unusually close, with a sense of profound and private connection between them.'],
      [10, 'Emotional synchrony', "The two people's feelings move in step, as if both were tuned to the same emotional beat at the same time."],
      [11, 'Resonance', 'Each participant echoes what the other is going through, so that the state of one is felt and answered by the other.'],
      [12, 'Attunement', 'The partners read and follow each other closely, with a felt sense of mutual understanding and complicity.'],
    ] as const
  ).map(([n, name, def]) => property(COLORS.characteristics, n, name, def)),
};

const triggers: TemplateCode = {
  name: 'Triggers of moments of meeting',
  definition:
    'Events in a session that set a moment of meeting off, usually by breaking or unsettling the habitual course of the conversation; they may be pleasant or tense.',
  color: COLORS.triggers,
  attributes: { paperFrequency: 'typical' },
  children: (
    [
      [1, 'Humor', 'A joke, a funny situation or laughter shared by both that opens the way to a meeting.'],
      [2, 'Ruptures or impasse', 'A misunderstanding, disagreement, tension or stalemate in the working relationship that, once faced together, leads into a meeting.'],
      [3, 'Ordinary situations', 'Everyday, unremarkable exchanges, such as a particular conversation, that unexpectedly turn into a moment of meeting.'],
      [4, 'Silences', 'A pause or stretch of quiet held by both that halts the flow of talk and leaves room for a meeting.'],
      [5, 'Connectedness and synchrony', 'A growing sense of being linked and in step, for instance saying the same word together or having the same thought, that tips over into a meeting.'],
      [6, 'Empathic attunement', "The therapist's empathic tuning in to what the patient is feeling, which opens the door to a meeting."],
    ] as const
  ).map(([n, name, def]) => property(COLORS.triggers, n, name, def)),
};

const conditions: TemplateCode = {
  name: 'Enabling conditions',
  definition:
    'What is already in place before a moment of meeting, in the therapist, the patient or their relationship, that makes room for it to arise without causing it.',
  color: COLORS.conditions,
  attributes: { paperFrequency: 'typical' },
  children: (
    [
      [1, 'Openness', 'Therapist and patient are both willing to let the other in and to be reached by the encounter.', 'T and P'],
      [2, 'Emotional disposition', 'Both are emotionally available and ready to engage with whatever the relationship brings up.', 'T and P'],
      [4, 'Personal features', 'Traits each person brings: in the therapist, curiosity, attentive listening, stepping out of the role when needed and offering safety; in the patient, personality and past experience that invite or hold back the encounter.', 'T and P'],
      [5, 'Awareness of oneself', 'The therapist knows themself well enough to notice their own sensations, emotions and intuitions as they come up.', 'T'],
      [6, 'Therapeutic flexibility', 'The therapist can leave fixed technique aside and adapt the way of working to what the moment asks for.', 'T'],
      [7, 'Authenticity', 'The therapist shows up as a real person and not only as the holder of a professional role.', 'T'],
      [8, "Recognition of the patient's rhythms", "The therapist notices and respects the patient's own pace and pauses, bearing in mind that the process is the patient's.", 'T'],
      [9, 'Trust in the therapist', 'The patient relies on the therapist, and on the therapy, enough to let an encounter happen.', 'P'],
      [10, '"Perfect fit"', 'A singular match between these two people, where general ingredients such as frame and setting combine with what this specific relationship needs, so that closeness can grow.', 'REL'],
      [11, 'Knowledge of the relationship', 'What both have come to know about their relationship over time, including its frame, boundaries and setting.', 'REL'],
      [12, 'Established alliance or relation', 'A solid working bond already built between therapist and patient, on which a meeting can rest.', 'REL'],
    ] as const
  ).map(([n, name, def, owner]) => property(COLORS.conditions, n, name, def, owner)),
};

const effects: TemplateCode = {
  name: 'Main effects',
  definition:
    'What a moment of meeting brings about for the patient, the therapist and the therapy, both straight away in the session and over the longer course of treatment.',
  color: COLORS.effects,
  attributes: { paperFrequency: 'general' },
  children: (
    [
      [1, 'Relief', 'Both people feel a weight lifted and their unease settle once the moment has happened.', 'T and P'],
      [2, 'Decompression', 'The pressure built up in the exchange lets go, and both participants, bodies included, loosen and relax.', 'T and P'],
      [3, 'Physical changes', "Visible bodily shifts in the patient, in posture, facial expression, gesture or ease of movement, that the therapist picks up.", 'P'],
      [4, 'Laboratory for new experiences', 'The therapy becomes a safe testing ground where the patient tries out new ways of relating and then carries them into relationships outside.', 'P'],
      [5, 'New knowledge of himself and others', 'The patient discovers something new about who they are and about how they relate to other people.', 'P'],
      [6, 'Opens new possibilities', 'The moment makes room for options nobody had foreseen, for the patient and for the therapy.', 'P'],
      [7, 'Sense of connectedness', 'The therapist feels closer to the patient and more bound up with them after the moment.', 'T'],
      [8, 'Injects vitality to the session', 'The session gains energy and liveliness, notably where the relationship had grown flat or dormant.', 'PR'],
      [9, 'Disrupts the regular flow', 'The habitual course of the session is broken, which frees what was stuck and makes the moment stand out.', 'PR'],
      [10, 'Changes in the emotional atmosphere', 'The emotional climate of the session shifts, often toward a shared intensity and greater depth.', 'PR'],
      [11, 'Gives new directions', 'The therapist sees the way forward more clearly, and the therapy takes a new course.', 'PR'],
      [12, 'The process strengthens', 'The therapeutic relationship and the process grow firmer over time; the moment may stand as a milestone that moves therapy forward.', 'PR'],
    ] as const
  ).map(([n, name, def, owner]) => property(COLORS.effects, n, name, def, owner)),
};

const interviewGuide: TemplateMemo = {
  title: 'Interview guide: moments of meeting',
  type: 'methodological',
  body: `In-depth interview with one therapist, about an hour long, audio-recorded and transcribed word for word. Informed consent is signed beforehand.

The conversation covers the therapist's experience over their whole career rather than one patient; they may draw on one or several patients as they see fit. The interviewer does not explain the theoretical concept (Stern and the Boston group): the participant works from their own sense of the term.

## Opening question

Ask the therapist to speak from their clinical practice about how they understand moments of meeting, or moments of deep connection with a patient, and what part such moments play in psychotherapy. Then invite them to expand on what they said.

> Example wording: "Thinking back over your work as a therapist, how do you see those moments of meeting, or of real connection, with patients? What role do you think they play in therapy?"

## Topics to cover

- **(a) Description.** What such a moment is like, in the therapist's own terms.
- **(b) Contexts.** In which situations and at what points of a therapy these moments tend to appear.
- **(c) What fosters them.** What in the therapist, the patient or the relationship helps them happen.
- **(d) Impact on the process.** What they change in the course of the therapy.
- **(e) Effects.** What they bring about for the patient, for the therapist and for the therapy as a whole.

## One specific moment

If the therapist has not already done so on their own, ask for one concrete moment of meeting with a particular patient, from any time in their career, and let them tell it in full.

## Probes

When the moment has been told, help the therapist bring it back in detail:

- gestures and postures, theirs and the patient's;
- the words that were said: single words, phrases, whole exchanges;
- bodily sensations;
- feelings;
- images they link to the moment.

Throughout the interview, come back to one question: what, in particular, made this moment matter to them?
`,
};

const modelMemo: TemplateMemo = {
  title: 'Model: moments of meeting as sparks of change',
  type: 'theoretical',
  links: [characteristics.name, triggers.name, conditions.name, effects.name],
  body: `Axial (process) coding arranges the four categories around one central phenomenon, *sparks of change*: a meeting both lights up the present session and sets a longer change going.

Read as a sequence:

1. **Enabling conditions** come first. Some belong to the relationship, some to the therapist, some to the patient; together they prepare the ground but do not make a meeting happen.
2. **Triggers** then set the moment off: a shared state or laugh, a coincidence of words or thoughts, a particular conversation, or a disagreement or rupture.
3. **The moment of meeting** itself (the phenomenon): co-constructed, shared, embodied, intense, unique to this pair and unexpected.
4. **Effects** unfold on two time scales that feed into each other: *immediate* ones in the patient, in the therapist and in the session, and *long-term* ones in the course of the therapy and in the patient.

In the terms of the paradigm model: enabling conditions act as conditions, triggers as causal conditions, the moment of meeting as the phenomenon, and the effects as consequences.

The arrows are not a straight line. A meeting may change things although neither person ever puts it into words, may fade once the session is over, or may only gain weight much later in the therapy.
`,
};

/** The moments-of-meeting study template (`sparks template apply PROJECT mom`). */
export const mom: StudyTemplate = {
  id: 'mom',
  name: 'Moments of meeting (Duarte, Martínez & Tomicic, 2021)',
  description:
    'A grounded-theory study of thirteen therapists\' accounts of moments of meeting in their clinical work and of the part such moments play in change: its codebook (characteristics, triggers, enabling conditions, main effects), interview guide and conceptual model.',
  codes: [characteristics, triggers, conditions, effects],
  memos: [interviewGuide, modelMemo],
  caseAttributes: [
    { key: 'gender', type: 'text', description: "The participant's gender." },
    { key: 'age', type: 'number', description: 'Age in years at the time of the interview.' },
    {
      key: 'yearsOfExperience',
      type: 'number',
      description: 'Years of clinical practice as a psychotherapist at the time of the interview.',
    },
    {
      key: 'theoreticalOrientation',
      type: 'text',
      description:
        'Main theoretical framework, e.g. cognitive constructivist, humanistic, narrative systemic, integrative or psychodynamic.',
    },
  ],
  frequencyRanges: { general: [13, 14], typical: [8, 12], variant: [2, 7] },
  relations: momRelations,
  models: momModels,
};
