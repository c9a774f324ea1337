import { describe, expect, it } from 'vitest';
import { expectWellFormed, failure, ok, parseWritten, tempDir } from './helpers.js';

const dir = tempDir();

const VTT = `WEBVTT

NOTE sesión de prueba

1
00:00:01.000 --> 00:00:04.500
<v Terapeuta>¿Cómo estás hoy? 😊</v>

2
00:00:04.600 --> 00:00:06.000
<v Terapeuta>Cuéntame de la <i>sesión</i>.</v>

3
00:00:06.500 --> 00:00:09.250
<v.loud Paciente>Bien, el <c.yellow>niño</c> está mejor
y yo también &amp; contenta.</v>

00:00:10.000 --> 00:00:11.000
<v Terapeuta>Qué bueno.
`;

describe('.vtt', () => {
  it('turns voice tags into speaker turns with times, merging a speaker’s consecutive cues', async () => {
    const parsed = ok(await parseWritten(dir, 'sesion.vtt', VTT));
    expectWellFormed(parsed);
    expect(parsed.format).toBe('vtt');
    expect(parsed.mime).toBe('text/vtt');
    expect(parsed.text).toBe(
      [
        'Terapeuta: ¿Cómo estás hoy? 😊 Cuéntame de la sesión.',
        'Paciente: Bien, el niño está mejor y yo también & contenta.',
        'Terapeuta: Qué bueno.',
      ].join('\n'),
    );
    expect(parsed.turns).toEqual([
      { start: 0, end: 53, speaker: 'Terapeuta', startMs: 1000, endMs: 6000 },
      { start: 54, end: 113, speaker: 'Paciente', startMs: 6500, endMs: 9250 },
      { start: 114, end: 135, speaker: 'Terapeuta', startMs: 10000, endMs: 11000 },
    ]);
    for (const t of parsed.turns) expect(parsed.text.slice(t.start, t.end).startsWith(`${t.speaker}: `)).toBe(true);
  });

  it('splits a cue with two voices into two turns', async () => {
    const parsed = ok(await parseWritten(dir, 'two.vtt', 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ana>Hola.</v> <v Luis>Hola.</v>\n'));
    expect(parsed.text).toBe('Ana: Hola.\nLuis: Hola.');
    expect(parsed.turns.map((t) => [t.speaker, t.startMs, t.endMs])).toEqual([
      ['Ana', 1000, 2000],
      ['Luis', 1000, 2000],
    ]);
  });

  it('keeps cues without speakers one per line, with no turns', async () => {
    const parsed = ok(
      await parseWritten(dir, 'plain.vtt', 'WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nuno\r\n\r\n00:02.000 --> 00:03.000\r\ndos\r\n'),
    );
    expect(parsed.text).toBe('uno\ndos');
    expect(parsed.turns).toEqual([]);
  });

  it('refuses a file without cues', async () => {
    const message = failure(await parseWritten(dir, 'nada.vtt', 'WEBVTT\n\nNOTE nothing here\n'), 'nada.vtt');
    expect(message).toMatch(/no subtitle cues/u);
    failure(await parseWritten(dir, 'garbage.vtt', 'this is not\na subtitle file\n'), 'garbage.vtt');
    failure(await parseWritten(dir, 'vacio.vtt', ''), 'vacio.vtt');
  });
});

const SRT = `1
00:00:01,000 --> 00:00:02,500
Terapeuta: Hola, ¿cómo

2
00:00:02,500 --> 00:00:04,000
estás hoy?

3
00:00:04,200 --> 00:00:06,000
<i>Paciente:</i> {\\an8}Bien, gracias. 🙂

4
00:00:06,000 --> 00:00:07,000
Terapeuta: Me alegro.
`;

describe('.srt', () => {
  it('reads Name: labels as speakers and joins unlabelled cues to the current speaker', async () => {
    const parsed = ok(await parseWritten(dir, 'sesion.srt', SRT.replace(/\n/gu, '\r\n')));
    expectWellFormed(parsed);
    expect(parsed.format).toBe('srt');
    expect(parsed.mime).toBe('application/x-subrip');
    expect(parsed.text).toBe('Terapeuta: Hola, ¿cómo estás hoy?\nPaciente: Bien, gracias. 🙂\nTerapeuta: Me alegro.');
    expect(parsed.turns.map((t) => [t.speaker, t.startMs, t.endMs])).toEqual([
      ['Terapeuta', 1000, 4000],
      ['Paciente', 4200, 6000],
      ['Terapeuta', 6000, 7000],
    ]);
  });

  it('does not take a prose colon for a speaker', async () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nNote: the meeting starts\n\n2\n00:00:02,000 --> 00:00:03,000\nat noon.\n';
    const parsed = ok(await parseWritten(dir, 'note.srt', srt));
    expect(parsed.turns).toEqual([]);
    expect(parsed.text).toBe('Note: the meeting starts\nat noon.');
  });

  it('reads a WebVTT file saved as .srt', async () => {
    const parsed = ok(await parseWritten(dir, 'really-vtt.srt', VTT));
    expect(parsed.turns).toHaveLength(3);
  });
});
