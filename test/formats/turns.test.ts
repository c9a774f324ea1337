import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../src/formats/speaker-label.js';
import { detectTurns } from '../../src/formats/turns.js';

const speakers = (text: string): string[] => detectTurns(text).map((t) => t.speaker);
const spans = (text: string): string[] => detectTurns(text).map((t) => text.slice(t.start, t.end));

describe('matchLabel', () => {
  it.each([
    ['T: hola', 'T'],
    ['P: bien', 'P'],
    ['T1: ¿cómo estás?', 'T1'],
    ['Therapist: so', 'Therapist'],
    ['Patient: yes', 'Patient'],
    ['Interviewer: first question', 'Interviewer'],
    ['Interviewee: well', 'Interviewee'],
    ['Participant: okay', 'Participant'],
    ['Particpant: okay', 'Particpant'],
    ['Dan: Okay.', 'Dan'],
    ['Terapeuta: ¿Qué sentiste?', 'Terapeuta'],
    ['Paciente: No sé.', 'Paciente'],
    ['Entrevistador(a): Cuénteme', 'Entrevistador(a)'],
    ['Dr. Smith: Let us begin', 'Dr. Smith'],
    ['María José: Sí', 'María José'],
    ['María de la Luz: Sí', 'María de la Luz'],
    ['12   Dan: Okay.', 'Dan'],
    ['[00:01:23] Terapeuta: Hola', 'Terapeuta'],
    ['**Paciente:** Hola', 'Paciente'],
    ['[id1] hello', 'id1'],
    ['Participant 3: hi', 'Participant 3'],
    ['Dan:', 'Dan'],
  ])('finds the speaker in %j', (line, speaker) => {
    expect(matchLabel(line)?.speaker).toBe(speaker);
  });

  it.each([
    'this is prose: not a label',
    'However, he said: no',
    'In the end: nothing',
    'Note: this is only a note',
    'Time: 10:30',
    'http://example.org',
    'Dan:Okay without a space',
    'A Very Long Name With Too Many Words: hello',
    '[inaudible] something',
    '[1] a footnote',
    '',
  ])('finds no label in %j', (line) => {
    expect(matchLabel(line)).toBeNull();
  });

  it('reports where the label starts after a paragraph number', () => {
    const m = matchLabel('12   Dan: Okay.');
    expect(m?.labelStart).toBe(5);
    expect('12   Dan: Okay.'.slice(m?.labelEnd)).toBe(' Okay.');
  });
});

describe('detectTurns', () => {
  it('makes one turn per labelled paragraph, continuing over unlabelled lines', () => {
    const text = 'Entrevista 3\n\nT: Hola, ¿cómo estás?\nsegunda línea\n\nP: Bien.\n\n';
    expect(speakers(text)).toEqual(['T', 'P']);
    expect(spans(text)).toEqual(['T: Hola, ¿cómo estás?\nsegunda línea', 'P: Bien.']);
  });

  it('starts a numbered paragraph turn at the label and leaves the next number out', () => {
    const text = '2 Dan: Okay.\n3 Participant: Yes.\n4 Dan: Good.';
    expect(spans(text)).toEqual(['Dan: Okay.', 'Participant: Yes.', 'Dan: Good.']);
  });

  it('keeps a typo as its own speaker', () => {
    const text = 'Dan: a\nParticipant: b\nDan: c\nParticpant: d';
    expect(speakers(text)).toEqual(['Dan', 'Participant', 'Dan', 'Particpant']);
  });

  it('reads bracket tags as speakers', () => {
    expect(speakers('[id1] hola\n\n[id2] adiós\n\n[id1] otra vez')).toEqual(['id1', 'id2', 'id1']);
  });

  it('makes no turns in prose with a stray label-like line', () => {
    expect(detectTurns('We met at noon.\nSummary of findings: none yet.\nThe end.')).toEqual([]);
    expect(detectTurns('Some prose.\nNote: this is a note.\nTime: 10:30\nMore prose.')).toEqual([]);
    expect(detectTurns('Alice Walker: a poem\nfollowed by prose.')).toEqual([]);
  });

  it('trusts a role word even once, and a single name once the document has turns', () => {
    expect(speakers('Therapist: welcome.')).toEqual(['Therapist']);
    expect(speakers('Ana: hola\nMadre: ya voy\nAna: bien\nLuis: hola')).toEqual(['Ana', 'Madre', 'Ana', 'Luis']);
  });

  it('offsets are UTF-16 code units into the text', () => {
    const text = '😊 intro\nT: ¿qué? 😊\nP: sí';
    const turns = detectTurns(text);
    expect(turns.map((t) => text.slice(t.start, t.end))).toEqual(['T: ¿qué? 😊', 'P: sí']);
  });

  it('returns nothing for empty text', () => {
    expect(detectTurns('')).toEqual([]);
  });
});
