/**
 * The Analysis tab: frequency labels, saturation, matrices and report downloads, all for the same
 * documents and coder, and all reloading when anyone changes the project. The App loads this file
 * lazily, so the charting library stays out of the first page.
 */
import { useRef, useState } from 'react';
import { DEFAULT_SCOPE, type AnalysisScope } from '../../lib/analysis-query.js';
import { fetchSegments } from '../../lib/segment-query.js';
import { useProjectResource } from '../../project.js';
import { FrequencyPanel } from './FrequencyPanel.js';
import { MatrixPanel } from './MatrixPanel.js';
import { ReportLinks } from './ReportLinks.js';
import { SaturationPanel } from './SaturationPanel.js';
import { ScopeControls } from './ScopeControls.js';
import './analysis.css';

export function AnalysisView({ projectId }: { projectId: string }) {
  const [scope, setScope] = useState<AnalysisScope>(DEFAULT_SCOPE);
  // The coders come from where the Segments view gets them: the segments API's list of everyone who coded.
  const segments = useProjectResource(() => fetchSegments(projectId, '', 1, 0), [projectId]);
  const coders = useRef<string[]>([]);
  if (segments.state === 'ready') coders.current = segments.data.coders;
  return (
    <section className="analysis-view" aria-labelledby="analysis-title">
      <h1 id="analysis-title">Analysis</h1>
      <ScopeControls scope={scope} coders={coders.current} onChange={setScope} />
      <FrequencyPanel projectId={projectId} scope={scope} />
      <SaturationPanel projectId={projectId} scope={scope} />
      <MatrixPanel projectId={projectId} scope={scope} />
      <ReportLinks projectId={projectId} scope={scope} />
    </section>
  );
}

export default AnalysisView;
