/** What the code picker lists for a filter, what it offers to create, and in-vivo names. */
import { describe, expect, it } from 'vitest';
import { createTarget, fold, inVivoName, rankCodes, splitPath } from '../../web/src/lib/picker-filter.js';
import { placeNear } from '../../web/src/lib/popover.js';

const codes = [
  { id: 'c1', name: 'Desencadenantes', path: 'Desencadenantes' },
  { id: 'c2', name: 'Humor', path: 'Desencadenantes/Humor' },
  { id: 'c3', name: 'Reacción del paciente', path: 'Desencadenantes/Reacción del paciente' },
  { id: 'c4', name: 'Efectos', path: 'Efectos' },
  { id: 'c5', name: 'Sentido del humor compartido', path: 'Efectos/Sentido del humor compartido' },
  { id: 'c6', name: 'Sí/No', path: 'Efectos/Sí\\/No' },
];
const names = (q: string, recent: string[] = []) => rankCodes(codes, q, recent).map((c) => c.name);

describe('rankCodes', () => {
  it('finds codes ignoring case and accents, on name and path', () => {
    expect(fold('Reacción ÑANDÚ')).toBe('reaccion nandu');
    expect(names('reaccion')).toEqual(['Reacción del paciente']);
    expect(names('REACCIÓN DEL')).toEqual(['Reacción del paciente']);
    expect(names('desencadenantes/')).toEqual(['Humor', 'Reacción del paciente']);
  });

  it('puts the best matches first: whole name, then name start, word start, inside the name, then path', () => {
    expect(names('humor')).toEqual(['Humor', 'Sentido del humor compartido']);
    expect(names('e')).toEqual(['Efectos', 'Desencadenantes', 'Reacción del paciente', 'Sentido del humor compartido', 'Sí/No', 'Humor']);
  });

  it('matches typed path parts in order, such as "des/hum"', () => {
    expect(names('des/hum')).toEqual(['Humor']);
  });

  it('lists the recently used codes first when nothing is typed, and breaks ties with them', () => {
    expect(names('', ['c5', 'c2']).slice(0, 3)).toEqual(['Sentido del humor compartido', 'Humor', 'Desencadenantes']);
    expect(names('', ['gone'])).toHaveLength(codes.length);
    expect(names('humor', ['c5'])).toEqual(['Humor', 'Sentido del humor compartido']);
  });
});

describe('createTarget', () => {
  it('offers a top-level code for a new name, and nothing for an existing one or an empty filter', () => {
    expect(createTarget(codes, '  Alianza   terapéutica ')).toEqual({ name: 'Alianza terapéutica', parent: null });
    expect(createTarget(codes, 'humor')).toBeNull();
    expect(createTarget(codes, 'desencadenantes/humor')).toBeNull();
    expect(createTarget(codes, '   ')).toBeNull();
  });

  it('creates under an existing category written before a slash, whatever its case and accents', () => {
    expect(createTarget(codes, 'efectos/Alivio 😌')).toEqual({ name: 'Alivio 😌', parent: 'Efectos' });
    expect(createTarget(codes, 'Efectos/Sí\\/No/Tal vez')).toEqual({ name: 'Tal vez', parent: 'Efectos/Sí\\/No' });
  });

  it('explains why it cannot create under a missing category or without a name', () => {
    expect(createTarget(codes, 'Inexistente/Algo')).toEqual({ problem: expect.stringContaining('no category “Inexistente”') });
    expect(createTarget(codes, 'Efectos/')).toEqual({ problem: expect.stringContaining('after the “/”') });
  });

  it('keeps an escaped slash inside a name', () => {
    expect(splitPath('A\\/B/C')).toEqual(['A/B', 'C']);
  });
});

describe('inVivoName', () => {
  it('puts the selected words on one trimmed line', () => {
    expect(inVivoName('  nos reímos\n  juntos\t😊 ')).toBe('nos reímos juntos 😊');
  });

  it('cuts a long quote at a word boundary near 60 characters', () => {
    const quote = 'y entonces sentí que algo se movía entre nosotros, como si la sala entera respirara distinto';
    const name = inVivoName(quote);
    expect(name).toBe('y entonces sentí que algo se movía entre nosotros, como si…');
    expect(name.length).toBeLessThanOrEqual(61);
  });

  it('never splits an emoji when a long word must be cut', () => {
    const name = inVivoName(`${'a'.repeat(59)}😊${'b'.repeat(20)}`);
    expect(name).toBe(`${'a'.repeat(59)}…`);
  });
});

describe('placeNear', () => {
  const viewport = { width: 800, height: 600 };
  it('places below the anchor when it fits, above when it does not, and inside the viewport', () => {
    expect(placeNear({ left: 100, top: 100, right: 200, bottom: 120 }, { width: 300, height: 200 }, viewport)).toEqual({ left: 100, top: 126 });
    expect(placeNear({ left: 700, top: 500, right: 760, bottom: 520 }, { width: 300, height: 200 }, viewport)).toEqual({ left: 492, top: 294 });
    expect(placeNear({ left: -50, top: 10, right: 0, bottom: 590 }, { width: 300, height: 200 }, viewport)).toEqual({ left: 8, top: 392 });
  });
});
