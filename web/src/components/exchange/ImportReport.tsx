/** What an import from another program brought across, and the list of what it did not. */
import { hrefOf } from '../../lib/route.js';
import { WARNINGS_HEADING } from './words.js';

/** Warnings under their heading, or the sentence that nothing was lost. */
export function Warnings({ warnings, headingId }: { warnings: readonly string[]; headingId: string }) {
  if (warnings.length === 0) return <p>Everything in the file was brought across.</p>;
  return (
    <>
      <h2 id={headingId} className="exchange-heading">{WARNINGS_HEADING}</h2>
      <ul className="exchange-warnings" aria-labelledby={headingId}>
        {warnings.map((w, i) => <li key={i}>{w}</li>)}
      </ul>
    </>
  );
}

/** The new project as a link to open it, what came across, and what did not. */
export function ImportReport({ project, summary, warnings }: { project: { id: string; name: string }; summary: string; warnings: readonly string[] }) {
  return (
    <section className="exchange-report" aria-label="Import result">
      <p>
        Imported <a href={hrefOf({ view: 'documents', projectId: project.id })}>{project.name}</a>: {summary}
      </p>
      <Warnings warnings={warnings} headingId={`import-warnings-${project.id}`} />
    </section>
  );
}
