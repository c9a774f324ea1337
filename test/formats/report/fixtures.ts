/**
 * Reports built by hand after the paper's Table I: four categories, properties numbered with a
 * gap (1, 2, 4), owners, Spanish text with accents and emoji, a quote with `"` and `|`, markup in
 * user text, and a category with no properties, no quotes and no label.
 */
import type { CodebookReport, ReportRanges, TableReport } from '../../../src/analysis/report.js';

export const RANGES: ReportRanges = { ranges: { general: [13, 14], typical: [8, 12], variant: [2, 7], rare: null }, source: 'project' };
export const NOTE = 'Note: General, 13–14 cases; typical, 8–12 cases; variant, 2–7 cases (N = 13; the project\'s own ranges).';
export const GENERATED_AT = '2025-03-14T09:30:12.000Z';

export const SCRIPT = '<script>globalThis.__pwned = 1</script>';
export const IMAGE = '<img src="https://example.invalid/leak.png">';

export const TRICKY_QUOTE = 'No es un momento "técnico" | es espontáneo, ¿sabes? 😊 *así* [nada] `más`';

export const TABLE: TableReport = {
  project: 'Momentos de encuentro — Santiago 2021',
  generatedAt: GENERATED_AT,
  n: 13,
  ranges: RANGES,
  rows: [
    {
      category: 'Characteristics of moments of meeting',
      definition: 'Momentos co-construidos, espontáneos y genuinos en la interacción terapeuta–paciente.\nNo siempre se conversan.',
      properties: [
        { number: '1', name: 'Emergent nature', owner: null, definition: '' },
        { number: '2', name: 'Genuine experience', owner: null, definition: '' },
        { number: '3', name: 'Shared experience', owner: null, definition: '' },
      ],
      quotes: [{ text: TRICKY_QUOTE, participant: 'T7', document: 'T7 entrevista', exemplar: true }],
      frequency: { cases: 13, n: 13, label: 'general' },
    },
    {
      category: 'Triggers of moments of meeting',
      definition: 'Situaciones que interrumpen el curso de la interacción: humor, silencios, rupturas.',
      properties: [
        { number: '1', name: 'Humor', owner: null, definition: '' },
        { number: '2', name: 'Ruptures or impasse', owner: null, definition: '' },
        { number: '4', name: 'Silences', owner: null, definition: '' },
      ],
      quotes: [
        { text: 'Hay muchos momentos de conexión emocional… positivos', participant: 'T10', document: 'T10', exemplar: false },
        { text: `Me acuerdo de muchas escenas ${SCRIPT}`, participant: null, document: 'Sesión 3', exemplar: false },
      ],
      frequency: { cases: 10, n: 13, label: 'typical' },
    },
    {
      category: 'Enabling conditions',
      definition: `Condiciones que abren un campo intersubjetivo ${IMAGE} & más`,
      properties: [
        { number: '1', name: 'Openness', owner: 'T and P', definition: '' },
        { number: '2', name: 'Emotional disposition', owner: 'T and P', definition: '' },
        { number: '4', name: 'Personal features', owner: 'T and P', definition: '' },
        { number: '10', name: '"Perfect fit"', owner: 'REL', definition: '' },
      ],
      quotes: [
        { text: 'el paciente tiene que confiar en ti', participant: 'T9', document: 'T9', exemplar: false },
        { text: 'cuando algo se estanca, soy más activa', participant: 'T6', document: 'T6', exemplar: false },
      ],
      frequency: { cases: 9, n: 13, label: 'typical' },
    },
    {
      category: 'Main effects',
      definition: 'Alivio y descompresión; efectos a largo plazo.',
      properties: [],
      quotes: [],
      frequency: { cases: 1, n: 13, label: null },
    },
  ],
};

export const CODEBOOK: CodebookReport = {
  project: 'Momentos de encuentro',
  generatedAt: GENERATED_AT,
  n: 13,
  ranges: RANGES,
  codes: [
    { path: 'Enabling conditions', name: 'Enabling conditions', depth: 0, number: null, owner: null, definition: 'Condiciones para el encuentro.', color: '#aa3300', codings: 42, frequency: { cases: 9, n: 13, label: 'typical' } },
    { path: 'Enabling conditions/Openness', name: 'Openness', depth: 1, number: '1', owner: 'T and P', definition: 'Apertura "real" | mutua', color: null, codings: 12, frequency: { cases: 7, n: 13, label: 'variant' } },
    { path: 'Enabling conditions/Openness/Apertura emocional 😊', name: 'Apertura emocional 😊', depth: 2, number: null, owner: null, definition: `Línea uno\nLínea dos ${SCRIPT} C:\\temp\\`, color: null, codings: 3, frequency: { cases: 2, n: 13, label: 'variant' } },
    { path: 'Main effects', name: 'Main effects', depth: 0, number: null, owner: null, definition: '', color: null, codings: 0, frequency: { cases: 0, n: 13, label: null } },
    { path: 'Main effects/=1+1 fórmula', name: '=1+1 fórmula', depth: 1, number: '4', owner: 'PR', definition: 'Un nombre que parece una fórmula.', color: null, codings: 1, frequency: { cases: 1, n: 13, label: null } },
  ],
};
