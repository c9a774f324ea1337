/** Fictional interview with T5 (integrative): a flat therapy, a conversation about tomatoes, and a dropped plan. */
import type { DemoInterview } from './types.js';

export const interviewT5: DemoInterview = {
  name: 'Interview T5',
  case: 'T5',
  text: `[Fictional interview written for the Sparks demo. It describes no real person or patient.]

Interviewer: Thank you for coming. I'll open with a general question: thinking about your clinical work, how do you understand moments of meeting, or of real connection with a patient, and do you think they matter for psychotherapy?

T5: I do, yes, though I'm a bit suspicious of anything that sounds too mystical, so let me say it plainly. I call myself integrative, which mostly means I borrow whatever works. And what I've seen, over a lot of years, is that the techniques work better when there has been at least one moment where the patient and I really caught each other. Before that, we're doing exercises. After it, we're doing therapy.

Interviewer: What are those moments like, in your experience?

T5: Quick, and usually a bit awkward, to be honest. They don't look like the films. Nobody weeps in slow motion. It's more like, oh, there you are. A look, a grin, a sentence that lands in both of us at the same time. And afterwards I often can't reconstruct how we got there.

Interviewer: In what contexts do they show up?

T5: In the most ordinary conversations, very often. Something off to the side of the real agenda. The weather, a television programme, a dog. I've learned to respect those detours. Patients tell you a lot when they think they're not telling you anything.

Interviewer: What makes them more likely?

T5: Flexibility, in my case. If I'm too attached to my plan for the session, I miss them. I used to be terrible at that early on; I had my worksheets and by heaven we were going to fill them in. Also being a real person. I'll tell a patient something small about my life if I think it will help, and I think about it carefully, but I don't hide behind a blank face. And the patient has to be willing to let me in a little. Some people are, from the start, and some take a long time, and both are fine.

Interviewer: Could you describe one specific moment with a patient?

T5: There's one I like to tell because it was so unremarkable. A retired woman, in her mid-sixties, very low since she had stopped working. Sessions with her were flat. She answered everything correctly and nothing moved. I had been trying a structured approach, activity scheduling and so on, and she did her homework the way a good pupil does, without any pleasure in it. One day she mentioned, in passing, that she'd pulled up her tomato plants because they weren't worth the trouble.

Interviewer: What happened then?

T5: I'd lost my own tomatoes to a cold snap that same week, and without really thinking I said, "Oh no, mine died too, I was furious." And she looked up, properly looked at me, and asked what variety they were. Within two minutes she was telling me off for watering at midday, explaining about the leaves burning, and I was arguing back and we were both laughing. I put my worksheet on the floor. We spent almost twenty minutes talking about soil and seeds.

Interviewer: What do you remember of her body, and yours?

T5: She sat forward. She'd always sat very straight and still, hands in her lap, and now her hands were moving, shaping the size of the tomatoes in the air. Her voice got louder and quicker. I noticed I'd kicked off one shoe under the chair, which I only do at home. I felt light and a bit mischievous, as if we were skipping class together. The image I have is of sunlight on a kitchen windowsill.

Interviewer: How did that moment affect the therapy?

T5: The whole tone of the sessions changed. There was energy in the room, for the first time, and it stayed. We still did the structured work, but now she was arguing with me, adding her own ideas, telling me when a suggestion was silly. Honestly, it was more fun for both of us. Within a couple of months she had joined a neighbourhood garden group, which was her idea, not mine. She said to me once that she had forgotten she knew things, that she could still be the person who teaches.

Interviewer: Did such moments ever not work, or fade?

T5: Oh, certainly. I once told another patient about my own divorce, thinking it would bring us closer, and it was a mistake; she felt I had taken her space. We talked about it and we recovered, but it wasn't a meeting, it was a misstep. And sometimes you have a lovely moment and the next week it's as if it never happened. I don't think every one of them leads somewhere. Some are only important later, when you look back.

Interviewer: What, for you, made the tomato moment matter?

T5: That I stopped being the expert for a moment and she became one. The relationship turned around. Something in her woke up. For me it was a relief, frankly, because I had been bored and guilty about being bored. And I learned something about her that no questionnaire would have shown me: that she comes alive when she's allowed to know more than I do.`,
};
