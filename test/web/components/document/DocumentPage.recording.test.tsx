// @vitest-environment happy-dom
/** The document view of a recording's transcript: it says what the document stands for, and each timed turn shows when it is spoken. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentPage } from '../../../../web/src/components/DocumentPage.js';
import { clockOf } from '../../../../web/src/lib/clock.js';
import { ProjectProvider } from '../../../../web/src/project.js';
import { doc, fakeServer, turns } from './fake-server.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('DocumentPage for a recording', () => {
  it('names the recording and shows the time of each timed turn beside its text, outside the text one selects', async () => {
    const timed = turns.map((t, i) => (i < 2 ? { ...t, startMs: [5_000, 3_725_400][i]!, endMs: null } : t));
    fakeServer({ document: { ...doc, turns: timed, media: { kind: 'audio', path: 'relative:///audio/sesion3.m4a' } } });
    render(<ProjectProvider projectId="p1"><DocumentPage projectId="p1" documentId="d1" /></ProjectProvider>);
    await screen.findByRole('heading', { name: 'Sesión 3' });
    expect(document.querySelector('.meta')?.textContent).toContain('interview · transcript of an audio recording (relative:///audio/sesion3.m4a) · 4 turns');
    const first = await screen.findByRole('listitem', { name: 'Turn of T at 0:05' });
    expect(first.querySelector('.turn-text')?.getAttribute('data-time')).toBe('0:05');
    // The time is not part of the text, so selecting and coding count from the turn's first character.
    expect(first.querySelector('.turn-text')?.textContent).toBe('T: ¿Qué pasó cuando se rieron?');
    expect(screen.getByRole('listitem', { name: 'Turn of P at 1:02:05' })).toBeTruthy();
    expect(screen.getByRole('listitem', { name: 'Turn of T' }).querySelector('.turn-text')?.hasAttribute('data-time')).toBe(false);
  });

  it('reads times as people do', () => {
    expect([0, 999, 61_000, 599_999, 3_600_000, 3_725_400].map(clockOf)).toEqual(['0:00', '0:00', '1:01', '9:59', '1:00:00', '1:02:05']);
  });
});
