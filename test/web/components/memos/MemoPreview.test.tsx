// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoPreview } from '../../../../web/src/components/memos/MemoPreview.js';

afterEach(cleanup);

const BODY = [
  '# Reflexión tras T3',
  '',
  'Me **sorprendió** la risa compartida 😊.',
  '',
  '<script>window.hacked = true</script>',
  '',
  '<b onclick="alert(1)">negrita cruda</b> <img src="http://example.com/x.png" onerror="alert(1)">',
  '',
  '![foto del consultorio](http://example.com/foto.png) [artículo](https://example.com/articulo) [T3](#/projects/p1/documents/d3)',
  '',
  '[peligro](javascript:alert(1))',
].join('\n');

describe('MemoPreview', () => {
  it('renders Markdown but never raw HTML, loads no image and keeps external links from reaching back', () => {
    const { container } = render(<MemoPreview body={BODY} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Reflexión tras T3');
    expect(container.querySelector('strong')?.textContent).toBe('sorprendió');
    expect(container.querySelector('script, b, img, [onclick], [onerror]')).toBeNull();
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
    expect(screen.getByText('[image: foto del consultorio]')).toBeTruthy();

    const external = screen.getByRole('link', { name: 'artículo' });
    expect(external.getAttribute('target')).toBe('_blank');
    expect(external.getAttribute('rel')).toBe('noopener noreferrer');
    const inside = screen.getByRole('link', { name: 'T3' });
    expect(inside.getAttribute('href')).toBe('#/projects/p1/documents/d3');
    expect(inside.getAttribute('target')).toBeNull();
    expect(screen.getByText('peligro').closest('a')?.getAttribute('href') ?? '').not.toMatch(/javascript/i);
  });

  it('says when there is nothing to show', () => {
    render(<MemoPreview body={'  \n'} />);
    expect(screen.getByText('Nothing written yet.')).toBeTruthy();
  });
});
