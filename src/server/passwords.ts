/**
 * Password hashing with argon2id at the parameters OWASP recommends (19 MiB, 2 passes, 1 lane),
 * and the few rules a password must meet. Only hashes are stored.
 */
import { hash, verify } from '@node-rs/argon2';

const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 10;
/** Longer input is refused before hashing: nobody's password is this long, and hashing it would cost. */
export const PASSWORD_MAX = 1_000;

/** What is wrong with a new password, in one sentence, or null. */
export function passwordProblem(password: string): string | null {
  if ([...password].length < PASSWORD_MIN) return `A password needs at least ${PASSWORD_MIN} characters (a short sentence is easy to remember).`;
  if (password.length > PASSWORD_MAX) return `A password may have at most ${PASSWORD_MAX} characters.`;
  if (password.trim() !== password) return 'A password may not start or end with a space.';
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), OPTIONS);
}

/** A hash made once, so checking a name nobody has costs what checking a real one does. */
let decoy: Promise<string> | undefined;

/** Whether the password matches the hash; with no hash, a decoy check of equal cost that fails. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (password.length > PASSWORD_MAX) return false;
  if (!stored) {
    await verify(await (decoy ??= hashPassword('not a password of anyone')), password).catch(() => false);
    return false;
  }
  return verify(stored, password.normalize('NFC')).catch(() => false);
}
