/** Counted nouns for the code system's sentences ("1 coding", "3 codings"). */
export function plural(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}
