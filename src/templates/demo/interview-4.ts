/** Fictional interview with T4 (narrative systemic): a family, one word said together, and the laughter that followed. */
import type { DemoInterview } from './types.js';

export const interviewT4: DemoInterview = {
  name: 'Interview T4',
  case: 'T4',
  text: `[Fictional interview written for the Sparks demo. It describes no real person or patient.]

Interviewer: Let me start with an open question. Over all your years of clinical work, what do moments of meeting, or of real connection with the people who come to see you, look like to you, and what part do they play in therapy?

T4: Ah, good, a question I can tell stories about. I've been doing this for nearly four decades, mostly with families and couples, from a narrative and systemic way of thinking. So when I hear "meeting" I don't think of two people only. Sometimes it's four or five people in a room, and suddenly, for a moment, they're all in the same story at once. That's what I call a meeting. Everyone has been telling a different version, and then there's a second where the versions touch.

Interviewer: How would you describe such a moment?

T4: Like a window opening in a stuffy room. You feel it on your skin before you understand it. Everybody breathes differently. And it's always a surprise. I've been at this a long time, and I still can't tell you when one is coming. I can only tell you afterwards that it came.

Interviewer: In which situations do they usually arise?

T4: Funny ones, very often. Families are full of humour, even the ones in terrible trouble, maybe especially those. And coincidences. Two people saying the same thing at the same time, or finishing each other's sentence. With families, also, in the most banal moments: someone's phone rings, the little one knocks over the tissues, and the whole solemn atmosphere cracks.

Interviewer: What helps them to happen?

T4: A fit, I would say. With some families you simply click; your way of being suits theirs. I can't take much credit for that. Then, it helps enormously if I'm willing to drop my plan. I prepare sessions, I have my questions ready, but if something alive happens I let the questions go. And they have to know me a bit, and I them. After a few sessions a family knows my jokes, knows that I'll interrupt when voices rise, knows where the limits are. That knowledge makes play possible.

Interviewer: Could you tell me about one moment in particular?

T4: There's a family I remember with great fondness. A mother and her son, sixteen, and the school had sent them because he was failing everything. The mother did all the talking; the boy sat with his hood up and answered in single syllables. She spoke mostly in Spanish when she got emotional, and she got emotional often. Three sessions of this. I was starting to feel like a referee at a match nobody was winning.

Interviewer: And then?

T4: In the fourth session she was listing everything he didn't do, the homework, the dishes, getting up in the morning, and I was about to say that this all sounded exhausting. And at the very same moment, the boy, from inside his hood, said "exhausting." We said it together, same word, same tone. We both looked at each other, startled. The mother stopped mid-sentence. And then the boy started laughing, and I started laughing, and after a second the mother was laughing too, wiping her eyes.

Interviewer: What do you remember of the gestures, the postures?

T4: The hood came down. That's the image I keep: the boy pushing his hood back with both hands, and there was his face, which I had barely seen in three sessions. The mother had been sitting turned slightly away from him, and she turned her whole body towards him. I felt a great lightness in my chest, almost giddy. Then the mother said, "Los dos cansados, y yo pensando que era flojera." Both of you tired, and I thought it was laziness. Everyone laughed again, more softly.

Interviewer: How did that change the therapy?

T4: Completely. From that moment, exhaustion became a character in our conversations instead of a fault in the boy. We could ask: when does Exhaustion show up? What does it want from him? What does it want from her, because she was exhausted too? The boy began to talk. The mother began to listen. It gave me a whole new direction. I'd been stuck on the school problem, and suddenly the story was about two tired people who loved each other and had stopped noticing.

Interviewer: And outside the sessions?

T4: They invented a signal. When one of them felt the tiredness coming over a fight, they would say "cansado" and stop, and pick it up the next day. She told me, laughing, "Mañana seguimos, le digo yo, y él se ríe." We'll continue tomorrow, I tell him, and he laughs. They were trying out at home something they had found here with me. And later the boy told me he'd used the same trick with a friend he had been fighting with.

Interviewer: What, in particular, made that moment relevant for you?

T4: That none of us made it. It was a coincidence, a word falling out of two mouths at once, but it could only land because the three of us were already listening to each other, half-consciously, for weeks. I think that's what those moments are: something has been growing quietly in the room for weeks, and then a tiny event lets it out. And the laughter mattered. Laughing together is a very quick way to become a "we."`,
};
