/**
 * A memo's Markdown, rendered safely: raw HTML is dropped (never run or shown as markup), images
 * are not loaded (their description stands in), and links outside the app open in a new tab
 * that cannot reach back to this one.
 */
import Markdown, { type Components } from 'react-markdown';

const components: Components = {
  a: ({ href, children }) => (href?.startsWith('#')
    ? <a href={href}>{children}</a>
    : <a href={href} target="_blank" rel="noopener noreferrer">{children}</a>),
  img: ({ alt }) => <span className="memo-image">[image{alt ? `: ${alt}` : ''}]</span>,
};

export function MemoPreview({ body }: { body: string }) {
  if (!body.trim()) return <p className="status">Nothing written yet.</p>;
  return (
    <div className="memo-preview">
      <Markdown skipHtml components={components}>{body}</Markdown>
    </div>
  );
}
