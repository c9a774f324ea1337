/**
 * The demo study Sparks creates for a newcomer, alongside the moments-of-meeting template: six
 * short fictional interviews with therapists, their participants' attributes, two coders, the
 * codings they made with the template's codebook and a few memos.
 *
 * Every person, patient and event here is invented. Each transcript opens with a line saying
 * so (`FICTIONAL_NOTICE`), and that line stays in the document when the demo project is created.
 */
import { demoInterviews } from './interviews.js';
import type { DemoCase, DemoCoding, DemoMemo, DemoStudy } from './types.js';

export type { DemoCase, DemoCoding, DemoInterview, DemoMemo, DemoStudy } from './types.js';
export { FICTIONAL_NOTICE, demoInterviews } from './interviews.js';

const CH = 'Characteristics of moments of meeting';
const TR = 'Triggers of moments of meeting';
const EC = 'Enabling conditions';
const ME = 'Main effects';

const coders: DemoStudy['coders'] = [
  { name: 'ana', email: 'ana@example.org' },
  { name: 'tomas', email: 'tomas@example.org' },
];

const cases: DemoCase[] = [
  { label: 'T1', attributes: { gender: 'female', age: '44', yearsOfExperience: '17', theoreticalOrientation: 'cognitive constructivist' } },
  { label: 'T2', attributes: { gender: 'male', age: '58', yearsOfExperience: '29', theoreticalOrientation: 'psychodynamic' } },
  { label: 'T3', attributes: { gender: 'female', age: '36', yearsOfExperience: '8', theoreticalOrientation: 'humanistic' } },
  { label: 'T4', attributes: { gender: 'male', age: '67', yearsOfExperience: '38', theoreticalOrientation: 'narrative systemic' } },
  { label: 'T5', attributes: { gender: 'female', age: '52', yearsOfExperience: '24', theoreticalOrientation: 'integrative' } },
  { label: 'T6', attributes: { gender: 'male', age: '31', yearsOfExperience: '4', theoreticalOrientation: 'psychodynamic' } },
];

/** Codings of one interview by one coder, as `[code path, quote]` pairs. */
function coded(interview: string, coder: string, items: [code: string, quote: string][]): DemoCoding[] {
  return items.map(([code, quote]) => ({ interview, quote, code, coder }));
}

const codings: DemoCoding[] = [
  // Interviews T1 and T2 were coded by both coders, independently, before they compared notes.
  ...coded('Interview T1', 'ana', [
    [`${CH}/Emergent nature`, "I can't plan them; every time I have tried to make one happen it came out stiff and the patient could tell."],
    [`${TR}/Humor`, 'When we laugh at the same thing at the same moment, it is very hard to stay behind the role.'],
    [`${EC}/Authenticity`, "If I'm too polished there is nothing for the patient to meet."],
    [`${EC}/Established alliance or relation`, 'It usually comes after several months, once we have a shared history and a few private jokes.'],
    [`${CH}/Surprising`, 'One afternoon I reached for my notebook and knocked a full glass of water across the desk, all over my notes and onto my skirt.'],
    [`${TR}/Humor`, "Not a polite laugh, a real one, from the belly, and then I was laughing too and couldn't stop."],
    [`${CH}/Shared experience`, "Not a polite laugh, a real one, from the belly, and then I was laughing too and couldn't stop."],
    [`${ME}/Physical changes`, 'After the laughter he leaned back into the chair for the first time.'],
    [`${ME}/Relief`, 'The tension he always brought into the room just drained away.'],
    [`${ME}/Laboratory for new experiences`, 'So the therapy had turned into a place where he could rehearse something and then take it outside.'],
  ]),
  ...coded('Interview T1', 'tomas', [
    [`${TR}/Humor`, "Not a polite laugh, a real one, from the belly, and then I was laughing too and couldn't stop."],
    [`${ME}/Decompression`, 'The tension he always brought into the room just drained away.'],
    [`${ME}/Physical changes`, 'After the laughter he leaned back into the chair for the first time. His shoulders came down.'],
    [`${CH}/Genuine experience`, "I didn't use the accident as a technique; I was genuinely embarrassed, and he met me there."],
    [`${ME}/Laboratory for new experiences`, 'He said he had pictured the water on my desk and decided the world would survive.'],
  ]),
  ...coded('Interview T2', 'ana', [
    [`${CH}/Embodied experience`, 'I feel them in the body before I understand them: heat in the face, a tightening in the throat.'],
    [`${CH}/Implicit process`, "Often we never talk about them explicitly, and I have come to think that's fine."],
    [`${TR}/Ruptures or impasse`, 'A misunderstanding, a failure on my part, an impasse where we are both stuck and irritated.'],
    [`${EC}/Awareness of oneself`, "If I don't notice my own wish to defend myself, I will act on it, and the moment is lost."],
    [`${TR}/Ruptures or impasse`, '¿Para qué vengo, si usted tampoco se acuerda de mí? Es lo mismo que en mi casa desde que era niña.'],
    [`${TR}/Silences`, 'We sat in silence for what must have been a full minute, perhaps longer.'],
    [`${ME}/Physical changes`, 'During the silence her arms loosened, very slowly, and her hands ended up resting on her knees.'],
    [`${ME}/Laboratory for new experiences`, 'she had told him "you got it wrong, and it hurt me" instead of freezing him out for a week.'],
    [`${ME}/The process strengthens`, 'She began to bring her anger into the room instead of cancelling sessions.'],
  ]),
  ...coded('Interview T2', 'tomas', [
    [`${TR}/Ruptures or impasse`, '¿Para qué vengo, si usted tampoco se acuerda de mí?'],
    [`${TR}/Silences`, 'We sat in silence for what must have been a full minute, perhaps longer.'],
    [`${EC}/Authenticity`, 'I said, "You\'re right. I got it wrong, and it hurt you."'],
    [`${CH}/Emotionally intense`, "It was one of the most intense moments I've had in this work"],
    [`${ME}/The process strengthens`, 'She began to bring her anger into the room instead of cancelling sessions.'],
  ]),
  ...coded('Interview T3', 'ana', [
    [`${CH}/Embodied experience`, 'My breathing changes, my body softens, sometimes I get goosebumps.'],
    [`${CH}/Emotional synchrony`, 'as if we were two instruments that suddenly found the same note'],
    [`${TR}/Silences`, 'Sometimes the most important thing I can do is just stay, breathing, not filling the space.'],
    [`${TR}/Empathic attunement`, 'when I catch something underneath what they are saying and reflect it back, and they look at me as if to say, yes, that.'],
    [`${EC}/Recognition of the patient's rhythms`, "Every person has their own pace; it's their therapy, and I'm a guest in it."],
    [`${TR}/Connectedness and synchrony`, 'at some point I realised we were breathing together, slowly, at exactly the same rhythm.'],
    [`${ME}/Sense of connectedness`, 'I felt so close to him.'],
  ]),
  ...coded('Interview T4', 'ana', [
    [`${CH}/Surprising`, "I've been at this a long time, and I still can't tell you when one is coming."],
    [`${EC}/"Perfect fit"`, 'With some families you simply click; your way of being suits theirs.'],
    [`${EC}/Therapeutic flexibility`, 'I prepare sessions, I have my questions ready, but if something alive happens I let the questions go.'],
    [`${EC}/Knowledge of the relationship`, "After a few sessions a family knows my jokes, knows that I'll interrupt when voices rise, knows where the limits are."],
    [`${TR}/Connectedness and synchrony`, 'We said it together, same word, same tone.'],
    [`${TR}/Humor`, 'And then the boy started laughing, and I started laughing, and after a second the mother was laughing too, wiping her eyes.'],
    [`${ME}/Opens new possibilities`, 'From that moment, exhaustion became a character in our conversations instead of a fault in the boy.'],
    [`${ME}/Laboratory for new experiences`, 'They were trying out at home something they had found here with me.'],
  ]),
  ...coded('Interview T5', 'ana', [
    [`${CH}/Emergent nature`, "And afterwards I often can't reconstruct how we got there."],
    [`${EC}/Therapeutic flexibility`, "If I'm too attached to my plan for the session, I miss them."],
    [`${EC}/Openness`, 'And the patient has to be willing to let me in a little.'],
    [`${TR}/Ordinary situations`, "One day she mentioned, in passing, that she'd pulled up her tomato plants because they weren't worth the trouble."],
    [`${ME}/Changes in the emotional atmosphere`, 'The whole tone of the sessions changed.'],
    [`${ME}/Injects vitality to the session`, 'There was energy in the room, for the first time, and it stayed.'],
    [`${ME}/Opens new possibilities`, 'Within a couple of months she had joined a neighbourhood garden group, which was her idea, not mine.'],
    [`${ME}/New knowledge of himself and others`, 'She said to me once that she had forgotten she knew things, that she could still be the person who teaches.'],
  ]),
  ...coded('Interview T6', 'ana', [
    [`${EC}/Emotional disposition`, 'I think I have to be willing to be affected.'],
    [`${TR}/Ruptures or impasse`, 'For five months we went around in the same circle.'],
    [`${EC}/Authenticity`, 'Honestly, I feel as stuck as you do.'],
    [`${ME}/Relief`, 'I realised my stomach had been in a knot for the whole session, for weeks really, and it just released.'],
    [`${CH}/Resonance`, "I understood that the heaviness I'd felt in all those sessions wasn't only mine; it was his, and I'd been carrying it with him without knowing."],
    [`${ME}/Disrupts the regular flow`, 'It broke the routine completely. That same session he started talking about his older brother, whom he had never mentioned, who had died young and whom he had always felt he failed.'],
    [`${ME}/Gives new directions`, 'From then on I knew where we were heading.'],
    [`${EC}/Trust in the therapist`, 'He began to trust the process, I think.'],
  ]),
];

const memos: DemoMemo[] = [
  {
    title: 'After interviewing T2: my wish to reassure',
    type: 'reflexive',
    author: 'ana',
    links: [
      { type: 'document', ref: 'Interview T2' },
      { type: 'case', ref: 'T2' },
      { type: 'code', ref: `${TR}/Ruptures or impasse` },
    ],
    body: `While T2 was telling me about calling his patient's brother by the wrong name, I caught myself about to say "but that happens to everyone". I held it back, and only afterwards did I notice that it was the very impulse he described resisting in the session.

I tend to hear ruptures as failures that need soothing. That is my own history with mistakes, not the participant's. When I code this interview I want to stay with how *he* frames the slip: as the doorway, not the accident.

To watch for in the next interviews: am I asking follow-up questions that steer therapists towards the comfortable ending of a repair story?
`,
  },
  {
    title: 'How humour sets a meeting off',
    type: 'theoretical',
    author: 'ana',
    links: [
      { type: 'code', ref: `${TR}/Humor` },
      { type: 'code', ref: `${EC}/Established alliance or relation` },
      { type: 'code', ref: `${ME}/Changes in the emotional atmosphere` },
      { type: 'document', ref: 'Interview T1' },
      { type: 'document', ref: 'Interview T4' },
      { type: 'document', ref: 'Interview T5' },
    ],
    body: `In T1 (the spilled glass), T4 (the word said together) and T5 (the tomatoes) the laughter is not a joke told by the therapist. It starts from a small accident or coincidence, and what matters is that both laugh *at the same time*.

Working idea: shared laughter knocks both people out of their roles for a few seconds. The patient sees the therapist as fallible, or playful, and the therapist stops steering. The meeting happens in that gap.

But the laughter seems safe only where a bond already exists. T1 says outright that it could not have happened early on, and T4 says the family already knew his jokes. So humour looks like a trigger that depends on an enabling condition, not a condition in itself.

Contrast case: T5's self-disclosure about her divorce, which misfired. Personal sharing without the lightness, and without an invitation from the patient, was felt as taking space. Is it the laughter or the timing that makes the difference?

Effects to follow: the atmosphere changes in all three sessions, and in T1 and T4 the patients then try something new outside.
`,
  },
  {
    title: 'Boundaries: rupture vs disrupted flow; relief vs decompression',
    type: 'code-definition',
    author: 'tomas',
    links: [
      { type: 'code', ref: `${TR}/Ruptures or impasse` },
      { type: 'code', ref: `${ME}/Disrupts the regular flow` },
      { type: 'code', ref: `${ME}/Relief` },
      { type: 'code', ref: `${ME}/Decompression` },
    ],
    body: `Two pairs of codes we kept confusing while double-coding the first interviews.

**Ruptures or impasse** (trigger) vs **Disrupts the regular flow** (effect). Use the trigger for the tension *before* the meeting: a mistake, a disagreement, weeks of being stuck. Use the effect for the break in routine that *follows* the meeting, when the session goes somewhere it never went before. In T6 the five months of circling are the impasse; the brother appearing for the first time in the same session is the disrupted flow.

**Relief** vs **Decompression**. Relief is the felt sense of a weight lifted ("we could breathe again"). Decompression is the release of built-up pressure, usually visible in the body or the room. When a passage says both, code both; we do not force a choice.
`,
  },
  {
    title: 'Double coding of T1 and T2: what we agreed on',
    type: 'methodological',
    author: 'tomas',
    links: [
      { type: 'document', ref: 'Interview T1' },
      { type: 'document', ref: 'Interview T2' },
      { type: 'case', ref: 'T1' },
      { type: 'case', ref: 'T2' },
    ],
    body: `Ana and I coded the first two transcripts separately and then compared.

- We agreed on the clear triggers: the shared laughter in T1, the patient's outburst and the long silence in T2.
- We differed on effects. Ana coded "the tension … drained away" in T1 as Relief, I coded it as Decompression; see the boundary memo.
- Segment length differed more than code choice: in T1 I took the longer passage, in T2 Ana did. We agreed that either is fine as long as the quote can stand on its own.

From T3 on, Ana codes alone and we meet every two weeks to review her codes and memos.
`,
  },
  {
    title: 'Saturation after six interviews',
    type: 'methodological',
    author: 'ana',
    links: [
      { type: 'document', ref: 'Interview T3' },
      { type: 'document', ref: 'Interview T4' },
      { type: 'document', ref: 'Interview T5' },
      { type: 'document', ref: 'Interview T6' },
      { type: 'code', ref: `${CH}/Idiosyncratic` },
      { type: 'code', ref: `${CH}/Attunement` },
      { type: 'code', ref: `${EC}/Personal features` },
    ],
    body: `Where we stand after six interviews.

All four categories appear in every transcript. Among triggers, humour, silences and ruptures recur; "ordinary situations" so far only in T5. Enabling conditions on the therapist's side (authenticity, flexibility) come up more often than those on the patient's side, which may reflect whom we are asking.

Properties with no codings yet: *Idiosyncratic*, *Attunement*, *Intimate and deep bond* and, among the conditions, *Personal features* (though T3's remark about her own curiosity might fit there). Either they are not there, or our questions do not reach them. T4's remark that the moment "could only land" with that family may belong under Idiosyncratic; to discuss.

We are not saturated. Next participants: a therapist with a cognitive-behavioural background, and someone working mainly in the public health system, to see whether the same conditions hold with shorter treatments.
`,
  },
];

/** The complete demo study. */
export const demoStudy: DemoStudy = {
  coders,
  cases,
  interviews: demoInterviews,
  codings,
  memos,
};
