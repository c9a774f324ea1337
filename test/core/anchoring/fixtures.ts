/**
 * A short invented session transcript as it arrives from a Windows word processor: BOM, CRLF
 * line ends, and one name typed with a combining accent (NFD). Canonicalisation fixes all three.
 * It has three slips: "habia", "asi" (missing accents) and a doubled space in "con  todo".
 */
export const SESSION_RAW =
  '\uFEFFT: Buenas tardes, Sofi\u0301a. ¿Cómo llegaste hoy?\r\n' +
  'P: Bien… bueno, más o menos. La semana pasada fue difícil 😔.\r\n' +
  'T: ¿Qué pasó?\r\n' +
  'P: Mi mamá volvió al hospital. La doctora 👩🏽‍⚕️ nos dijo que habia que esperar.\r\n' +
  'T: Eso suena muy angustiante.\r\n' +
  'P: Sí. Y me acordé de lo que hablamos: que no tengo que cargar con  todo sola. ¡Fue como un clic! 😊\r\n' +
  'T: Me alegra que lo hayas sentido asi.\r\n' +
  'P: Con mi familia 👨‍👩‍👧 no puedo hablar de esto. No sé qué decir.\r\n' +
  'T: Mm-hmm.\r\n' +
  'P: Con usted es distinto. No sé qué decir, pero me siento escuchada.\r\n';

/** The same session after a transcription pass: the slips fixed and a header line inserted. */
export const SESSION_REVISED_RAW =
  '\uFEFF[Sesión 4, 12 de marzo de 2024. Transcripción revisada por M. T.]\r\n' +
  'T: Buenas tardes, Sofi\u0301a. ¿Cómo llegaste hoy?\r\n' +
  'P: Bien… bueno, más o menos. La semana pasada fue difícil 😔.\r\n' +
  'T: ¿Qué pasó?\r\n' +
  'P: Mi mamá volvió al hospital. La doctora 👩🏽‍⚕️ nos dijo que había que esperar.\r\n' +
  'T: Eso suena muy angustiante.\r\n' +
  'P: Sí. Y me acordé de lo que hablamos: que no tengo que cargar con todo sola. ¡Fue como un clic! 😊\r\n' +
  'T: Me alegra que lo hayas sentido así.\r\n' +
  'P: Con mi familia 👨‍👩‍👧 no puedo hablar de esto. No sé qué decir.\r\n' +
  'T: Mm-hmm.\r\n' +
  'P: Con usted es distinto. No sé qué decir, pero me siento escuchada.\r\n';
