/** Fictional interview with T1 (cognitive constructivist): a spilled glass, shared laughter and an experiment at work. */
import type { DemoInterview } from './types.js';

export const interviewT1: DemoInterview = {
  name: 'Interview T1',
  case: 'T1',
  text: `[Fictional interview written for the Sparks demo. It describes no real person or patient.]

Interviewer: Thank you for making time for this. To start, I'd like to hear how you think about moments of meeting, or moments of real connection with a patient, from your own practice, and whether they matter for therapy.

T1: They matter a great deal, although I had no name for them when I started. I work from a cognitive constructivist frame, so I was trained to follow how people build meaning, and for years I believed the important work happened in the reframing. Now I'd say a reframe only lands when something between us has already moved. A moment of meeting, for me, is when the patient and I stop playing our parts for a second. He stops being the person who explains himself and I stop being the person who tidies up the explanation. We're just two people noticing the same thing.

Interviewer: Could you describe what those moments are like?

T1: Short, usually. Seconds rather than minutes. There's a kind of click, and the room feels different afterwards. I can't plan them; every time I have tried to make one happen it came out stiff and the patient could tell. They come sideways, while we're busy with something else.

Interviewer: In what kinds of situations do they tend to appear?

T1: Often in the middle of something completely ordinary, or when something goes slightly wrong. Laughter is a big one for me. When we laugh at the same thing at the same moment, it is very hard to stay behind the role. I've also had them after a disagreement, when a patient told me I had misunderstood him and I could see that he was right.

Interviewer: And what helps them happen, in you or in the patient?

T1: On my side, being willing to be seen as a person with flaws. If I'm too polished there is nothing for the patient to meet. I also need to be rested enough to notice my own reactions; on the days when I'm exhausted I run the protocol and nothing happens. On the patient's side there has to be some trust already. In the first sessions people are checking whether I'm safe, and a moment like that would feel intrusive. It usually comes after several months, once we have a shared history and a few private jokes.

Interviewer: What impact do these moments have on the therapeutic process?

T1: They change the pace. We might have been circling the same theme for weeks, and after one of these moments we can go straight to it. It's as if the patient gives permission for the harder conversation. I also think they give me a clearer sense of where to go next, because I've seen something of the person that the formal work never showed me.

Interviewer: Could you tell me about one specific moment with a particular patient?

T1: Yes, there's one I come back to often. A man in his fifties, an accountant, extremely careful. He apologised for everything: for arriving early, for arriving on time, for crying, for not crying. We had been working for about eight months on his fear of making mistakes. One afternoon I reached for my notebook and knocked a full glass of water across the desk, all over my notes and onto my skirt.

Interviewer: What happened then?

T1: I said something like "well, there goes my credibility", and he laughed. Not a polite laugh, a real one, from the belly, and then I was laughing too and couldn't stop. We were both dabbing at the desk with tissues and laughing. Then he said, "I've never seen you make a mess before." And I said, "I make them all the time, I just clean up quickly." He went quiet and looked at me, and something in his face opened.

Interviewer: Do you remember his posture, or your own?

T1: He usually sat on the front edge of the chair, knees together and hands clasped, as if he were ready to leave. After the laughter he leaned back into the chair for the first time. His shoulders came down. I noticed that my own breathing had gone slower and deeper. I remember the wet paper on the desk and the afternoon light from the window, and thinking, he's really here now.

Interviewer: What did you feel in that moment?

T1: Embarrassment first, for a second, and then a kind of warmth. Relief, too, for both of us. The tension he always brought into the room just drained away. I felt very close to him, and it was not a professional closeness; it was more like two people who have been caught out together.

Interviewer: What came of it afterwards?

T1: A few weeks later he told me he had sent a report at work with a small error in it and hadn't written to correct it. He said he had pictured the water on my desk and decided the world would survive. For him that was enormous. He called it his experiment. So the therapy had turned into a place where he could rehearse something and then take it outside. He also started to say that maybe other people weren't watching him as closely as he had always assumed.

Interviewer: Looking back, what made that moment matter so much to you?

T1: That it was unplanned, and that it was mine as much as his. I didn't use the accident as a technique; I was genuinely embarrassed, and he met me there. I think he discovered that a mistake could be shared instead of punished. And for me it was a reminder that the relationship isn't only the vehicle for the work. Sometimes it is the work.

Interviewer: Is there anything you'd like to add?

T1: Only that I don't think it could have happened in the second session. We had built enough together for the laughter to be safe.`,
};
