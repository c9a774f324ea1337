// @vitest-environment happy-dom
/** A model node's face: the code's name and colour, its counts with the frequency label, and the way to its segments; a memo's or segment's. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NodeBody } from '../../../../web/src/components/models/NodeBody.js';
import type { NodeData } from '../../../../web/src/components/models/model-flow.js';
import { hrefOf } from '../../../../web/src/lib/route.js';
import { formatSegmentQuery, NO_FILTERS } from '../../../../web/src/lib/segment-query.js';

afterEach(cleanup);

const data = (over: Partial<NodeData> = {}): NodeData => ({
  label: 'Humor 😊', title: 'Triggers/Humor 😊', color: '#c0392b', kind: 'code', ref: 'Triggers/Humor 😊', codePath: 'Triggers/Humor 😊',
  counts: { codings: 12, cases: 9, label: 'typical' }, place: null, look: {}, ...over,
});

describe('NodeBody', () => {
  it('shows the name (its path on hover), the colour and "N codings · M cases · label"', () => {
    const { container } = render(<NodeBody data={data()} projectId="p1" />);
    const label = screen.getByText('Humor 😊');
    expect(label.getAttribute('title')).toBe('Triggers/Humor 😊');
    expect(container.querySelector('.model-node-counts')!.textContent).toBe('12 codings · 9 cases · typical');
    expect(container.querySelector('.model-node-counts')!.getAttribute('data-label')).toBe('typical');
    expect((container.querySelector('.model-node-body') as HTMLElement).style.borderLeftColor).toBe('#c0392b');
  });

  it('writes one coding and one case in the singular, and no label when the code has none', () => {
    const { container } = render(<NodeBody data={data({ counts: { codings: 1, cases: 1, label: null } })} projectId="p1" />);
    expect(container.querySelector('.model-node-counts')!.textContent).toBe('1 coding · 1 case');
  });

  it('links to the Segments view filtered by the code', () => {
    render(<NodeBody data={data()} projectId="p1" />);
    const link = screen.getByRole('link', { name: 'Show segments of Humor 😊' });
    expect(link.getAttribute('href')).toBe(hrefOf({ view: 'segments', projectId: 'p1', query: formatSegmentQuery({ ...NO_FILTERS, codes: ['Triggers/Humor 😊'] }) }));
    expect(link.className).toContain('nodrag');
  });

  it('shows a memo node by its title, without counts, linking to the memo in the Memos view', () => {
    const { container } = render(<NodeBody data={data({ kind: 'memo', ref: 'memo1', codePath: null, counts: null, label: 'Por qué la risa' })} projectId="p1" />);
    expect(container.querySelector('.model-node-counts')).toBeNull();
    expect(screen.getByText('Por qué la risa')).toBeTruthy();
    expect(screen.getAllByRole('link').map((l) => l.getAttribute('href'))).toEqual([hrefOf({ view: 'memos', projectId: 'p1', memoId: 'memo1' })]);
  });

  it('shows a segment node as its quote, naming its document, with a link to the segment in that document', () => {
    const place = { documentId: 'd1', document: 'Entrevista 1', start: 42 };
    render(<NodeBody data={data({ kind: 'segment', ref: 's1', codePath: null, counts: null, label: 'me reí con ella', title: 'me reí con ella', place })} projectId="p1" />);
    expect(screen.getByText('“me reí con ella”').getAttribute('title')).toBe('“me reí con ella” — in Entrevista 1');
    const link = screen.getByRole('link', { name: 'Open the segment in Entrevista 1' });
    expect(link.getAttribute('href')).toBe('#/projects/p1/documents/d1?at=42');
    expect(link.textContent).toBe('Open in document');
  });

  it('shows a segment node whose place is unknown as its quote, with no link', () => {
    render(<NodeBody data={data({ kind: 'segment', ref: 's1', codePath: null, counts: null, label: 'me reí con ella' })} projectId="p1" />);
    expect(screen.getByText('“me reí con ella”')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
