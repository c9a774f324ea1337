/** The six fictional interviews of the demo study, in the order they were conducted. */
import { interviewT1 } from './interview-1.js';
import { interviewT2 } from './interview-2.js';
import { interviewT3 } from './interview-3.js';
import { interviewT4 } from './interview-4.js';
import { interviewT5 } from './interview-5.js';
import { interviewT6 } from './interview-6.js';
import type { DemoInterview } from './types.js';

/** The first line of every demo transcript. */
export const FICTIONAL_NOTICE =
  '[Fictional interview written for the Sparks demo. It describes no real person or patient.]';

export const demoInterviews: DemoInterview[] = [
  interviewT1,
  interviewT2,
  interviewT3,
  interviewT4,
  interviewT5,
  interviewT6,
];
