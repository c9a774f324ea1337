/** A small Spanish study for retrieval tests: three documents, two coders, cases with numeric and text attributes. */
import { COMMANDS } from '../../src/core/commands/index.js';
import { Session } from '../helpers/session.js';
import type { Store } from '../../src/store/store.js';

export const T7 = 'T: ¿Cómo llegó hoy?\nP: Bien, con un poco de miedo 😊. Nos reímos juntos y algo cambió en la sala.\nT: Sí, lo sentí también, fue "un momento de encuentro".\n';
export const T3 = 'P: Tenía miedo de hablar, pero se rió conmigo.\n';
export const NOTAS = '# Notas\n- Humor & *cuidado* con [la] risa_fácil\n';

export interface Seeded { projectId: string; anaId: string; ownerId: string }

const at = (text: string, quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });

/** s1…s7 in document order: T7 (owner: Miedo; Humor; Humor+Alegría; Ana: Alegría), T3 (Ana: Miedo; Humor), Notas (owner: Humor). */
export async function seedSegments(store: Store): Promise<Seeded> {
  const owner = await Session.owner(store);
  const project = await owner.run(COMMANDS.createProject, { name: 'Estudio de encuentros' });
  const s = owner.in(project.id);
  const ana = await owner.run(COMMANDS.addUser, { name: 'Ana' });
  await s.run(COMMANDS.addMember, { user: 'Ana', role: 'coder' });
  await s.run(COMMANDS.createCode, { name: 'Emociones', color: '#E07A5F' });
  await s.run(COMMANDS.createCode, { name: 'Miedo', parent: 'Emociones', color: '#3D405B' });
  await s.run(COMMANDS.createCode, { name: 'Alegría 😊', parent: 'Emociones', color: '#81B29A' });
  await s.run(COMMANDS.createCode, { name: 'Humor', color: '#F2CC8F' });
  await s.run(COMMANDS.addCase, { label: 'T7', attributes: { años: '12', orientación: 'humanista' } });
  await s.run(COMMANDS.addCase, { label: 'T3', attributes: { años: '4', orientación: 'sistémica' } });
  await s.run(COMMANDS.addCase, { label: 'T12', attributes: { años: '25', orientación: 'psicodinámica' } });
  await s.importText('Entrevista T7', T7, { case: 'T7' });
  await s.importText('Entrevista T3', T3, { case: 'T3' });
  await s.importText('Notas', NOTAS);
  const code = (document: string, text: string, quote: string, c: string, coder?: string) =>
    s.run(COMMANDS.applyCode, { document, ...at(text, quote), code: c, ...(coder ? { coder } : {}) });
  await code('Entrevista T7', T7, 'un poco de miedo', 'Emociones/Miedo');
  await code('Entrevista T7', T7, 'miedo 😊. Nos reímos', 'Humor');
  await code('Entrevista T7', T7, 'Nos reímos juntos', 'Humor');
  await code('Entrevista T7', T7, 'Nos reímos juntos', 'Emociones/Alegría 😊');
  await code('Entrevista T7', T7, 'lo sentí también, fue "un momento de encuentro"', 'Emociones/Alegría 😊', 'Ana');
  await code('Entrevista T3', T3, 'Tenía miedo', 'Emociones/Miedo', 'Ana');
  await code('Entrevista T3', T3, 'se rió conmigo', 'Humor', 'Ana');
  await code('Notas', NOTAS, 'Humor & *cuidado* con [la] risa_fácil', 'Humor');
  return { projectId: project.id, anaId: ana.id, ownerId: owner.actorId };
}
