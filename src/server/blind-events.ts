/**
 * During blind coding, the log and the live feed tell a member of others' coding only that
 * something changed: what they coded, where and with which code stays hidden, as in the views.
 */
const CODING = /^coding\./;
/** Commands whose payload may describe codings: the coding commands, and undo and redo of anything. */
const REVEALING = (command: string): boolean => CODING.test(command) || command === 'undo' || command === 'redo';

export function blindEvent<E extends { actor: string; command: string; payload: unknown }>(event: E, me: string): E {
  if (event.actor === me || !REVEALING(event.command)) return event;
  return { ...event, command: 'hidden', payload: null };
}
