/** Fictional interview with T6 (psychodynamic): a long impasse broken by an honest admission. */
import type { DemoInterview } from './types.js';

export const interviewT6: DemoInterview = {
  name: 'Interview T6',
  case: 'T6',
  text: `[Fictional interview written for the Sparks demo. It describes no real person or patient.]

Interviewer: Thanks for taking part. My first question is an open one: from your practice, what do you understand by moments of meeting, or moments of meaningful connection with a patient, and what importance do you give them?

T6: Sure. I should say up front that I've only been practising for about four years, so my sample is small. I trained psychodynamically, and I'm still in supervision every week. For me, a moment of meeting is when the patient stops talking to their idea of me and talks to me. And I stop talking to my idea of them, too. It doesn't happen often, but when it does, the work changes.

Interviewer: How would you describe those moments?

T6: Honestly, they feel a bit like being caught off guard. I'm usually thinking a lot in sessions, maybe too much, trying to formulate, and in those moments the thinking stops. Something else takes over. I'm just responding, and the response comes out of somewhere I didn't plan. Afterwards I sometimes worry whether what I did was right.

Interviewer: In what situations do they appear?

T6: For me, so far, mostly out of being stuck. When a therapy is going nowhere and we both know it. And also when I really feel what the patient is feeling, I mean feel it physically, and I can say something from inside that feeling rather than from outside it.

Interviewer: What helps those moments to happen?

T6: I think I have to be willing to be affected. Earlier on, I protected myself a lot, I kept a kind of professional distance that was really just fear. Supervision helped me see that. Also, the patient needs to trust me at least a little, even if they'd never admit it. And honesty. Patients know when you're performing.

Interviewer: Could you tell me about a specific moment?

T6: There's one that was a turning point for me as a therapist, not only for the patient. A man in his sixties, referred by his GP, who came every week and told me every week that therapy was pointless. He was polite about it. He would sit down, fold his arms, and say something like, "Well, here we are again." For five months we went around in the same circle. I interpreted, he dismissed, I tried another angle, he dismissed that too. I dreaded Thursdays.

Interviewer: What happened?

T6: One Thursday he said, "I don't know why I keep coming, nothing changes." And instead of interpreting, which is what I'd planned, I heard myself say, "Honestly, I feel as stuck as you do." There was a silence. He stared at me, and I thought, that's it, I've broken something. And then he laughed, a short surprised laugh, and said, "Finally. Something true."

Interviewer: What do you remember of his gestures, or yours?

T6: He unfolded his arms. That was the first thing. He'd had them folded for five months, I swear, and he put his hands on his knees and leaned in slightly. I realised my stomach had been in a knot for the whole session, for weeks really, and it just released. I felt a kind of heat go through me, part embarrassment, part relief. His face looked younger. The image I have is of a door that had been stuck in its frame suddenly swinging open.

Interviewer: What did you feel at that moment?

T6: Exposed, first. And then close to him in a way I hadn't been. I understood that the heaviness I'd felt in all those sessions wasn't only mine; it was his, and I'd been carrying it with him without knowing. When I said I felt stuck, I think he heard that I'd actually been there with him, in the stuckness, not observing it from a chair.

Interviewer: What effect did that have on the therapy?

T6: It broke the routine completely. That same session he started talking about his older brother, whom he had never mentioned, who had died young and whom he had always felt he failed. Five months, and not a word, and then it all came out in twenty minutes. It gave me a completely different understanding of the case. The hopelessness wasn't resistance to me; it was grief that had nowhere to go. From then on I knew where we were heading.

Interviewer: And for him, over time?

T6: He began to trust the process, I think. He stopped saying it was pointless. Much later, he told me he had phoned his sister, whom he hadn't spoken to in years, and told her he missed their brother. He said, "If you could say you were stuck, I could say that." That moved me a lot.

Interviewer: What in particular made that moment so relevant for you?

T6: That it came from not knowing what to do. I'd been taught to contain, to interpret, and here the useful thing was to admit I was lost. I don't mean that as a technique; if I tried to say it on purpose now it would ring false. But it taught me that my own experience in the room is information, and that sometimes sharing it is what lets the other person come out.`,
};
