/**
 * Phrase banks and the codebook of the synthetic session: a fictional bilingual (Spanish and
 * English) psychotherapy session, with accents, ñ and emoji, so rendering and offsets meet the text
 * real transcripts have.
 */

export const THERAPIST = 'Terapeuta';
export const PATIENT = 'Paciente';

export const OPENERS_ES = [
  'Siento que', 'No sé si', 'Pensé que', 'Me acordé de que', 'Quería decirle que', 'Me di cuenta de que',
  'Mi mamá siempre dice que', 'Mi hermano Íñigo cree que', 'La señora del almacén me contó que',
  'Sospecho que', 'Mi abuela Begoña sabía que', 'Todavía creo que', 'Nunca entendí por qué', 'Mi jefa piensa que',
];
export const ENDINGS_ES = [
  'todo estaba mal', 'nadie me escuchaba', 'la mañana fue difícil', 'el año pasado cambió algo',
  'me daba vergüenza hablar', 'el corazón se me apretó', 'había una canción en la radio',
  'no podía dormir 😔', 'me reí por primera vez en días 😄', 'la niña corría por el jardín',
  'el café se enfrió sobre la mesa', 'la lluvia de otoño no paraba', 'algo se movió adentro',
  'mi cumpleaños fue raro 🎂', 'el sueño volvió otra vez', 'tenía miedo de decepcionarla',
  'la conversación quedó a medias', 'el silencio pesaba muchísimo', 'me sentí acompañada aquí 💛',
  'no quería llorar delante de él', 'extrañaba la casa de Ñuñoa', 'fue como un alivio raro',
];
export const OPENERS_EN = [
  'I kept thinking that', 'My sister told me that', 'My boss never said that', 'I realised that',
  'Everyone at work felt that', 'My partner was sure that', 'The kids pretended that', 'I wondered whether',
  'The doctor said that', 'Nobody believed that',
];
export const ENDINGS_EN = [
  'it was all my fault', 'nothing would change', 'the house felt empty', 'I was finally heard 🙂',
  'the meeting went badly', 'we could start again', 'the weekend was exhausting', 'I should be stronger',
  'something shifted between us ✨', 'the music helped a little', 'I had been waiting for years',
  'nobody noticed the café had closed', 'the piñata broke too early 🎉', 'I could breathe again',
];
export const LINKS = ['y entonces', 'pero', 'and then', 'but', 'porque', 'o sea', 'you know,', 'además'];
export const SHORT_PATIENT = ['Sí.', 'No sé…', 'Ajá.', 'Mm-hm.', 'Okay 🙂', 'Exacto.', 'Ya.', 'Right.', 'Claro, claro.', '(silencio)', 'Uf 😅', 'Puede ser.'];
export const SHORT_THERAPIST = ['Mm-hm.', 'Ajá.', '¿Y entonces?', 'Cuénteme más.', 'I see.', 'Go on.', '¿Cómo fue eso?', 'Okay.', 'Sí…', '¿Qué sintió?'];
export const QUESTIONS = [
  '¿Qué pasó después?', '¿Cómo se sintió con eso?', 'What did you notice in your body?', '¿Y qué dijo usted?',
  'How is it to say it here, now?', '¿Le suena conocido?', '¿Dónde lo siente?', 'What would you have wanted?',
];

/** The synthetic codebook: five categories of seven properties, forty codes in all. */
export const CODEBOOK: readonly { name: string; color: string; properties: readonly string[] }[] = [
  { name: 'Alianza terapéutica', color: '#1f77b4', properties: ['Acuerdo en metas', 'Vínculo', 'Ruptura', 'Reparación', 'Confianza', 'Colaboración', 'Retirada'] },
  { name: 'Emociones', color: '#d62728', properties: ['Tristeza', 'Alegría', 'Vergüenza', 'Rabia', 'Miedo', 'Alivio', 'Ternura'] },
  { name: 'Intervenciones', color: '#2ca02c', properties: ['Pregunta abierta', 'Reflejo', 'Interpretación', 'Validación', 'Silencio', 'Humor', 'Autorrevelación'] },
  { name: 'Narrativa', color: '#9467bd', properties: ['Infancia', 'Familia', 'Trabajo', 'Pareja', 'Sueños', 'Cuerpo', 'Futuro'] },
  { name: 'Momentos de encuentro', color: '#ff7f0e', properties: ['Now moment', 'Sintonía', 'Sorpresa', 'Risa compartida', 'Insight', 'Cambio de tono', 'Niñez'] },
];
