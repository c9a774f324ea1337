/** Downloads of the study's Table I and of the codebook, for the documents and coder chosen above. */
import { useState } from 'react';
import { reportUrl, type ReportFormat, type ReportKind } from '../../api.js';
import { reportPath, type AnalysisScope } from '../../lib/analysis-query.js';

const FORMATS: readonly { format: ReportFormat; label: string }[] = [
  { format: 'docx', label: 'Word' },
  { format: 'xlsx', label: 'Excel' },
  { format: 'csv', label: 'CSV' },
  { format: 'html', label: 'HTML' },
  { format: 'md', label: 'Markdown' },
];

const REPORTS: readonly { report: ReportKind; title: string; about: string }[] = [
  { report: 'table', title: 'Table I', about: 'categories and their properties with definitions, example quotes and frequency labels' },
  { report: 'codebook', title: 'Codebook', about: 'every code with its definition' },
];

export function ReportLinks({ projectId, scope }: { projectId: string; scope: AnalysisScope }) {
  // Empty leaves the number of example quotes to the server's default.
  const [quotes, setQuotes] = useState('');
  const count = /^\d+$/.test(quotes.trim()) ? Math.min(10, Number(quotes)) : null;
  return (
    <section className="analysis-panel" aria-labelledby="reports-title">
      <h2 id="reports-title">Reports</h2>
      <label className="report-quotes">
        Example quotes per category in Table I{' '}
        <input type="number" name="quotes" min={0} max={10} step={1} placeholder="default" value={quotes} onChange={(e) => setQuotes(e.target.value)} />
      </label>
      <ul className="report-list">
        {REPORTS.map(({ report, title, about }) => (
          <li key={report} data-report={report}>
            <strong>{title}</strong> <span className="meta">({about})</span>:{' '}
            {FORMATS.map(({ format, label }, i) => (
              <span key={format}>
                {i > 0 && ' · '}
                <a href={reportUrl(projectId, reportPath(report, format, scope, report === 'table' ? count : null))} download
                  aria-label={`${title} as ${label}`} data-format={format}>{label}</a>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
