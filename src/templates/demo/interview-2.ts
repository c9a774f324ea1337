/** Fictional interview with T2 (psychodynamic): a wrong name, a rupture, a long silence and its repair. */
import type { DemoInterview } from './types.js';

export const interviewT2: DemoInterview = {
  name: 'Interview T2',
  case: 'T2',
  text: `[Fictional interview written for the Sparks demo. It describes no real person or patient.]

Interviewer: Good afternoon. I'd like to begin with a broad question. Drawing on your years of practice, how do you understand moments of meeting, or moments of genuine connection with patients, and what place do they have in psychotherapy?

T2: Hmm. It is broad, as you say. Let me think aloud. My training is psychodynamic, and for a long time the emphasis in my formation was on interpretation, on understanding. What I have learned, slowly, is that understanding is necessary but it isn't what moves people most. What moves them is being with someone who is actually there. The moments you are asking about are, for me, the moments when the patient discovers that I am actually there. Not the analyst, not the doctor. Me.

Interviewer: How would you describe them?

T2: They are dense. A great deal happens in very little time, and most of it is never spoken. Afterwards I sometimes can't say what exactly happened, only that the session had a before and an after. I feel them in the body before I understand them: heat in the face, a tightening in the throat. Often we never talk about them explicitly, and I have come to think that's fine. Not everything has to be translated into words to do its work.

Interviewer: In what contexts do they appear?

T2: In my experience, very often after something has gone badly. A misunderstanding, a failure on my part, an impasse where we are both stuck and irritated. I used to treat those as errors to be managed. Now I think the tension itself is a doorway, provided one doesn't run from it. Silence matters too. I am comfortable with long silences, perhaps too comfortable, my patients would say, but some of the moments I remember best came out of a silence that neither of us hurried to fill.

Interviewer: What fosters them?

T2: Knowing oneself, first of all. If I don't notice my own wish to defend myself, I will act on it, and the moment is lost. Many years on the couch myself help with that, and supervision. Then, respecting the patient's pace. Some patients need a year before they can risk anything with you, and if you push, they comply, which is worse than resisting. And the setting matters: a stable hour, a stable room, a therapist who keeps his word. Paradoxically, it's the stability of the frame that makes the unexpected bearable.

Interviewer: Could you tell me about one moment in particular?

T2: There is one that stays with me. A woman in her forties, a schoolteacher, whose mother had been, let us say, absent-minded and unreliable. We had worked together for about two years. One day, in the middle of a session, I called her younger brother by the wrong name. I had mixed him up with someone from another story she had told me. She stopped, and her face went hard. She said, and I remember the words exactly, because she switched to Spanish, as she did when she was upset: "¿Para qué vengo, si usted tampoco se acuerda de mí? Es lo mismo que en mi casa desde que era niña."

Interviewer: How did you respond?

T2: My first impulse was to explain. To say that of course I remembered her, that it was a slip, that anyone can make one. I felt that impulse very clearly in my chest, like a push forward. And I didn't follow it. I said, "You're right. I got it wrong, and it hurt you." And then I said nothing more. We sat in silence for what must have been a full minute, perhaps longer. She was looking at the floor, and then she looked at me.

Interviewer: What do you remember of her gestures and posture during that silence?

T2: At first her arms were crossed tightly and her jaw was set. During the silence her arms loosened, very slowly, and her hands ended up resting on her knees. At some point she let out a long breath, almost a sigh. I was sitting very still, I remember that, and I was aware of my own hands, open on the armrests. I think I was trying not to do anything that would take the moment away from her.

Interviewer: And what did she say, in the end?

T2: She said, quietly, "Por lo menos usted no me lo discutió." At least you didn't argue with me about it. Then she cried, not in the angry way of a minute before, but more softly. I felt my eyes sting too. It was one of the most intense moments I've had in this work, and also one of the most ordinary: a man who got a name wrong and admitted it.

Interviewer: What effects did that moment have, on her, on you, on the therapy?

T2: For her, I think she had the experience of a failure that didn't end the relationship. In her history, when someone failed her, they either denied it or disappeared. Here someone failed her and stayed. Months later she told me she had said something similar to her partner, that she had told him "you got it wrong, and it hurt me" instead of freezing him out for a week. For me, there was relief, and a renewed sense of why I do this. And the therapy became different, more trusting and more direct. She began to bring her anger into the room instead of cancelling sessions.

Interviewer: What, in particular, made that moment so important to you?

T2: That it came out of my mistake. If I had been perfect, I don't think it would have happened. The rupture gave us the chance to repair something, and in repairing it, we met. That is not something you can do on purpose. You can only be ready for it.`,
};
