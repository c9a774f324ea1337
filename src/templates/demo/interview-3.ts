/** Fictional interview with T3 (humanistic): a shared silence and a hand on the chest. */
import type { DemoInterview } from './types.js';

export const interviewT3: DemoInterview = {
  name: 'Interview T3',
  case: 'T3',
  text: `[Fictional interview written for the Sparks demo. It describes no real person or patient.]

Interviewer: Thanks for agreeing to talk with me. I'd like to start by asking what moments of meeting, or moments of deep connection with a patient, mean to you in your work, and how important you think they are.

T3: Oh, they're almost the reason I do this, honestly. I trained in a humanistic approach, person-centred mostly, so presence was always at the centre of what we learned. But learning about presence and actually feeling it with someone are very different things. For me a moment of meeting is when I stop being the one who listens and become, for a moment, the one who is with. It's hard to put into words, you know? It's more something you notice afterwards, like a warmth that stays in the room.

Interviewer: How would you describe what happens in those moments?

T3: It's very physical for me. My breathing changes, my body softens, sometimes I get goosebumps. And I notice the patient's body changing at the same time, as if we were two instruments that suddenly found the same note. There's no decision in it. It's not that I think, now I'll connect. It just happens between us, and if I try to hold on to it, it goes.

Interviewer: When do they tend to come up?

T3: In my practice, very often in silences. I work with a lot of people who are grieving, and grief doesn't always have words. So there are long pauses, and I've learned not to rush them. Sometimes the most important thing I can do is just stay, breathing, not filling the space. They also come up when I really tune in to what someone is feeling, when I catch something underneath what they are saying and reflect it back, and they look at me as if to say, yes, that.

Interviewer: What do you think makes them possible?

T3: Being open, on both sides. If the patient is closed, and that's completely legitimate, they have their reasons, then I can be as present as I like and nothing meets me. And on my side, being emotionally available. I have to arrive at the session with some room inside me. When my own life is very full, I notice I'm less there. I'm also a curious person, and I think curiosity helps; I genuinely want to know what it's like to be this person. And respecting their timing. Every person has their own pace; it's their therapy, and I'm a guest in it.

Interviewer: Can you tell me about one moment in particular?

T3: Yes. A young man, in his late twenties, a nurse, whose father had died quite suddenly a few months before. He came because he couldn't cry, and he was frightened by that. He talked a lot, very fast, about practical things: the paperwork, the house, his mother. One session, about three months in, he was telling me about clearing out his father's tools, and he stopped in the middle of a sentence. Just stopped.

Interviewer: What happened in that pause?

T3: Nothing, and everything. He looked at the window. I didn't say anything. I could feel that if I spoke, I would take something from him. The silence went on, and at some point I realised we were breathing together, slowly, at exactly the same rhythm. Then he put his hand flat on his chest, here, over the sternum. And I looked down and saw that my hand was in the same place on my own chest. I hadn't decided to do that.

Interviewer: What did he do then?

T3: He noticed. He looked at my hand and then at me, and he said, very quietly, "You too?" And I nodded. And then he cried, for the first time since his father died. Not loudly. Tears just running down, and his face completely open. I remember the sound of the traffic outside and a clock ticking somewhere, and this feeling in my chest of something both heavy and very gentle.

Interviewer: What sensations or images do you associate with that moment?

T3: The image that comes to me is of two people sitting by a fire at night, not talking. Warmth, and dark around. In my body, a heaviness in the chest that wasn't unpleasant, and then, when he cried, a kind of release, as if my own shoulders let go. I felt so close to him. Not as his therapist exactly. As another person who has lost someone.

Interviewer: And what changed afterwards?

T3: Right away, his colour came back. He'd been pale the whole session, and by the end his cheeks were pink and he was sitting more loosely, less upright. He said he felt lighter. Over the next sessions he stopped talking so fast. He could stay with a feeling for a bit before moving on to the next practical thing. We never talked about the hands. I've wondered if I should have named it, but I think naming it would have turned it into something else. He once referred to "that day when we were both quiet," and that was all.

Interviewer: What made that moment so important for you?

T3: It reminded me that my body is part of the work. I didn't do anything clever. I just stayed, and my body said something before I knew it. And for him, I think it was the first time he felt that his grief was allowed to be in the room with another person, that he didn't have to manage it alone. After that, the work really deepened. It felt like we had something solid under us.`,
};
