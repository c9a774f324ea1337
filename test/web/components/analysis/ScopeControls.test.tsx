// @vitest-environment happy-dom
/** The analysis scope: every coder, one coder, or the consensus layer under a name a researcher reads. */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScopeControls } from '../../../../web/src/components/analysis/ScopeControls.js';

afterEach(cleanup);

describe('ScopeControls', () => {
  it('offers all coders, each coder, and the consensus layer by name', async () => {
    const onChange = vi.fn();
    render(<ScopeControls scope={{ kind: 'all', coder: null }} coders={['ana', 'ben', 'consensus']} onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: /Coder/ });
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['All coders (without the agreed codings)', 'ana', 'ben', 'Consensus (agreed codings)']);
    await userEvent.setup().selectOptions(select, 'consensus');
    expect(onChange).toHaveBeenCalledWith({ kind: 'all', coder: 'consensus' });
  });

  it('says plain "All coders" while there is no consensus layer', () => {
    render(<ScopeControls scope={{ kind: 'all', coder: null }} coders={['ana', 'ben']} onChange={vi.fn()} />);
    const select = screen.getByRole('combobox', { name: /Coder/ });
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['All coders', 'ana', 'ben']);
  });
});
