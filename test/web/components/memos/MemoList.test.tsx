// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MemoListing } from '../../../../web/src/api.js';
import { MemoList, type TypeFilter } from '../../../../web/src/components/memos/MemoList.js';

afterEach(cleanup);

const memo = (id: string, title: string, type: MemoListing['type'], updatedAt: string, body = '', links: MemoListing['links'] = []): MemoListing => ({
  id, title, type, body, links, author: 'ana', createdAt: updatedAt, updatedAt, version: 1,
});
const MEMOS = [
  memo('a', 'Guía de entrevista', 'methodological', '2026-01-02T00:00:00Z', 'Preguntas abiertas.'),
  memo('b', 'Reflexión tras T1', 'reflexive', '2026-01-05T00:00:00Z', 'Sentí tensión.', [
    { type: 'document', id: 'd1', linkId: 'l1', label: 'T1' }, { type: 'case', id: 'c1', linkId: 'l2', label: 'T1' },
  ]),
  memo('c', 'Sobre la confianza', 'theoretical', '2026-01-09T00:00:00Z', 'La CONFIANZA precede al encuentro.'),
  memo('d', 'Después de T2', 'reflexive', '2026-01-03T00:00:00Z', 'Me costó concentrarme 😓.'),
];

function Harness() {
  const [filter, setFilter] = useState<TypeFilter>('all');
  return <MemoList projectId="p1" memos={MEMOS} selectedId="b" filter={filter} onFilter={setFilter} />;
}
const titles = () => within(screen.getByRole('list', { name: 'Memos' })).getAllByRole('link').map((a) => a.querySelector('.memo-entry-title')!.textContent);

describe('MemoList', () => {
  it('shows the newest change first with type counts, and marks the open memo', () => {
    render(<Harness />);
    expect(titles()).toEqual(['Sobre la confianza', 'Reflexión tras T1', 'Después de T2', 'Guía de entrevista']);
    expect(screen.getByRole('button', { name: 'Reflexive 2' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: 'Code definition 0' })).toBeTruthy();
    const open = screen.getByRole('link', { name: /Reflexión tras T1/ });
    expect(open.getAttribute('aria-current')).toBe('true');
    expect(open.getAttribute('href')).toBe('#/projects/p1/memos/b');
    expect(open.textContent).toContain('On T1, T1');
  });

  it('filters by type and searches titles and text without regard to accents or case', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Reflexive 2' }));
    expect(titles()).toEqual(['Reflexión tras T1', 'Después de T2']);
    fireEvent.change(screen.getByRole('searchbox', { name: /Search memos/ }), { target: { value: 'reflexion' } });
    expect(titles()).toEqual(['Reflexión tras T1']);
    fireEvent.click(screen.getByRole('button', { name: 'All 4' }));
    fireEvent.change(screen.getByRole('searchbox', { name: /Search memos/ }), { target: { value: 'confianza encuentro' } });
    expect(titles()).toEqual(['Sobre la confianza']);
    fireEvent.change(screen.getByRole('searchbox', { name: /Search memos/ }), { target: { value: 'saturación' } });
    expect(screen.getByText('No memo matches; try other words or another type.')).toBeTruthy();
  });
});
