/** Finding a code by its path: one lookup for all levels that still tells apart equal names under different parents. */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import type { CodeRecord } from '../../src/core/records.js';
import { codeByPath, findCodeByPath } from '../../src/core/resolve.js';
import { MemoryTx } from '../helpers/memory-tx.js';

function tree(): MemoryTx {
  const tx = new MemoryTx();
  const code = (id: string, name: string, parentId: string | null, projectId = 'p1'): CodeRecord => ({
    id, projectId, parentId, name, definition: '', color: null, position: 0, attributes: '{}', createdBy: 'u1', createdAt: '2026-01-01T00:00:00.000Z',
  } as CodeRecord);
  void tx.insert('code', [
    code('efectos', 'Efectos', null), code('paciente', 'Paciente', 'efectos'), code('alivio', 'Alivio', 'paciente'),
    code('terapeuta', 'Terapeuta', 'efectos'), code('alivio-t', 'Alivio', 'terapeuta'),
    code('paciente-top', 'Paciente', null), code('alivio-top', 'Alivio', 'paciente-top'),
    code('otro', 'Efectos', null, 'p2'), code('otro-paciente', 'Paciente', 'otro', 'p2'),
  ]);
  return tx;
}

describe('findCodeByPath', () => {
  it('follows each level to the child of the code found above it', async () => {
    const tx = tree();
    expect((await findCodeByPath(tx, 'p1', ['Efectos', 'Paciente', 'Alivio']))?.id).toBe('alivio');
    expect((await findCodeByPath(tx, 'p1', ['Efectos', 'Terapeuta', 'Alivio']))?.id).toBe('alivio-t');
    expect((await findCodeByPath(tx, 'p1', ['Paciente', 'Alivio']))?.id).toBe('alivio-top');
    expect((await findCodeByPath(tx, 'p1', ['Paciente']))?.id).toBe('paciente-top');
    expect((await findCodeByPath(tx, 'p2', ['Efectos', 'Paciente']))?.id).toBe('otro-paciente');
  });

  it('finds nothing for a name at the wrong level or in another project', async () => {
    const tx = tree();
    expect(await findCodeByPath(tx, 'p1', ['Alivio'])).toBeUndefined();
    expect(await findCodeByPath(tx, 'p1', ['Terapeuta', 'Alivio'])).toBeUndefined();
    expect(await findCodeByPath(tx, 'p1', ['Efectos', 'Alivio'])).toBeUndefined();
    expect(await findCodeByPath(tx, 'p2', ['Efectos', 'Terapeuta'])).toBeUndefined();
    await expect(codeByPath(tx, 'p1', 'Efectos/Nada')).rejects.toThrow(UserError);
  });
});
