/**
 * An error the user caused and can fix: its message is one sentence saying what to do.
 * Commands throw it before writing anything, so the transaction rolls back and nothing changes.
 */
export class UserError extends Error {
  override readonly name: string = 'UserError';
  constructor(message: string) {
    super(message);
  }
}

/**
 * Someone else changed the object since the user loaded it: nothing was written, and `current`
 * carries the object as it now is, so the user can compare both versions and choose.
 */
export class ConflictError extends UserError {
  override readonly name: string = 'ConflictError';
  readonly statusCode = 409;
  constructor(message: string, readonly current: unknown) {
    super(message);
  }
}

/** Quote a user-supplied name in messages, shortened so a 10,000-character name stays readable. */
export function quoteName(name: string, max = 60): string {
  const short = name.length > max ? `${name.slice(0, max)}…` : name;
  return `"${short}"`;
}

/** A row could not be removed because later work refers to it (a foreign key holds it). */
export class InUseError extends UserError {
  override readonly name: string = 'InUseError';
}
