/**
 * Word banks of the benchmark study: category and property names of its codebook, participant
 * attributes, coder names and memo phrases, in Spanish and English with accents, ñ and emoji.
 */

/** Twenty categories; each gets fourteen properties, so the codebook holds 300 codes. */
export const CATEGORIES = [
  'Alianza terapéutica', 'Emociones', 'Intervenciones', 'Narrativa', 'Momentos de encuentro', 'Cuerpo y sensación',
  'Familia de origen', 'Vínculos de pareja', 'Trabajo y estudio', 'Duelo y pérdida', 'Defensas', 'Self del terapeuta',
  'Cambio y proceso', 'Cultura y contexto', 'Lenguaje no verbal', 'Silencios', 'Rupturas y reparaciones',
  'Metas del tratamiento', 'Recursos personales', 'Temporalidad 🕰️',
];

export const FACETS = [
  'Inicio', 'Intensidad alta', 'Intensidad baja', 'Ambivalencia', 'Evitación', 'Apertura', 'Niñez', 'Señal corporal',
  'Humor 😄', 'Recuerdo', 'Pregunta', 'Cierre', 'Sorpresa', 'Compañía', 'Miedo', 'Vergüenza', 'Alivio', 'Insight',
];

export const GENDERS = ['female', 'male', 'non-binary'];
export const ORIENTATIONS = ['psicodinámica', 'cognitivo-conductual', 'humanista', 'sistémica', 'integrativa', 'constructivista'];

export const CODER_NAMES = ['ana', 'bruno', 'carmen', 'diego', 'elena', 'fabián', 'gonzalo', 'inés', 'joaquín', 'lucía', 'martín', 'núria'];

export const MEMO_TITLES = [
  'Primeras impresiones', 'Sobre la alianza', 'Duda metodológica', 'Definición provisional', 'Reflexión después de codificar',
  'Patrón emergente', 'Nota para la reunión del equipo 📝', 'Saturación de la categoría',
];

export const MEMO_LINES = [
  'La paciente vuelve una y otra vez a la **niñez** cuando aparece el silencio.',
  'El terapeuta usa el humor para reparar la ruptura 😄; revisar con el equipo.',
  'I am not sure this fits *Momentos de encuentro*; it looks more like a shift in tone.',
  'Comparar con las sesiones de Ñuñoa: el mismo gesto, otra respuesta.',
  '- ¿Qué cuenta como sorpresa?\n- ¿Quién la nombra primero?',
  'The category seems saturated after the fourth interview.',
];
