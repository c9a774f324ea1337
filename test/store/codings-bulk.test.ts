/** Coding many spans as one command, over SQLite and PostgreSQL alike. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { listEvents } from '../../src/store/queries/events.js';
import { listSegments } from '../../src/store/queries/segments.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const A = 'T: ¿Y la risa?\nP: Nos reímos los dos 😊. Fue un alivio.\n';
const B = 'T: ¿Qué cambió?\nP: Después de reírnos hablé de mi padre. Fue un alivio enorme.\n';
const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe.each(DIALECTS)('coding.applyMany on %s', (dialect) => {
  let t: TestStore;
  let s: Session;
  beforeAll(async () => {
    t = await freshStore(dialect);
    const owner = await Session.owner(t.store);
    s = owner.in((await owner.run(COMMANDS.createProject, { name: 'Masivo' })).id);
    await s.importText('Sesión A', A);
    await s.importText('Sesión B', B);
    await s.run(COMMANDS.createCode, { name: 'Efectos' });
    await s.run(COMMANDS.createCode, { name: 'Alivio', parent: 'Efectos' });
  });
  afterAll(async () => t?.dispose());

  it('codes spans across documents in one event, skips what is already coded, and undoes it all at once', async () => {
    await s.run(COMMANDS.applyCode, { document: 'Sesión A', ...at(A, 'Fue un alivio'), code: 'Efectos/Alivio' });
    const r = await s.run(COMMANDS.applyMany, {
      items: [
        { document: 'Sesión A', ...at(A, 'Fue un alivio'), code: 'Efectos/Alivio' },
        { document: 'Sesión A', ...at(A, 'Fue un alivio'), code: 'Efectos' },
        { document: 'Sesión B', ...at(B, 'Fue un alivio enorme'), code: 'Efectos/Alivio' },
        { document: 'Sesión B', ...at(B, 'hablé de mi padre'), code: 'Efectos' },
      ],
    });
    expect(r).toMatchObject({ applied: 3, skipped: 1, segments: 2, documents: 2 });
    const segs = await listSegments(t.store, s.projectId!);
    expect(segs.map((x) => [x.doc, x.text, x.codes])).toEqual([
      ['Sesión A', 'Fue un alivio', ['Efectos', 'Efectos/Alivio']],
      ['Sesión B', 'hablé de mi padre', ['Efectos']],
      ['Sesión B', 'Fue un alivio enorme', ['Efectos/Alivio']],
    ]);
    const events = await listEvents(t.store, s.projectId!);
    expect(events.at(-1)).toMatchObject({ command: 'coding.applyMany', payload: { applied: 3, skipped: 1 } });
    await s.run(COMMANDS.undo, {});
    expect((await listSegments(t.store, s.projectId!)).map((x) => x.codes)).toEqual([['Efectos/Alivio']]);
  });

  it('refuses a range outside a document and changes nothing', async () => {
    const before = await listSegments(t.store, s.projectId!);
    await expect(s.run(COMMANDS.applyMany, {
      items: [
        { document: 'Sesión B', ...at(B, 'hablé'), code: 'Efectos' },
        { document: 'Sesión A', start: 0, end: A.length + 5, code: 'Efectos' },
      ],
    })).rejects.toThrow(/not inside "Sesión A".*nothing was coded/);
    expect(await listSegments(t.store, s.projectId!)).toEqual(before);
  });
});
