/**
 * A node on the canvas: its body between two handles. A relation is drawn by dragging from either
 * handle to another node (its handle or anywhere on it); each relation is then drawn between the
 * facing sides of its two nodes, so one that points back (a consequence) does not loop round.
 */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { createContext, memo, useContext } from 'react';
import type { FlowNode } from './model-flow.js';
import { NodeBody } from './NodeBody.js';

/** The project the nodes link into; a context, because xyflow builds node props itself. */
export const ProjectIdContext = createContext('');

export const CodeNode = memo(function CodeNode({ data, selected, isConnectable }: NodeProps<FlowNode>) {
  const projectId = useContext(ProjectIdContext);
  return (
    <div className={`model-node${selected ? ' selected' : ''}`} data-node={data.title}>
      {/* Both are sources: the canvas connects loosely, source to source, in the direction dragged. */}
      <Handle type="source" id="left" position={Position.Left} isConnectable={isConnectable} aria-label={`Draw a relation from ${data.label} (left)`} />
      <NodeBody data={data} projectId={projectId} />
      <Handle type="source" id="right" position={Position.Right} isConnectable={isConnectable} aria-label={`Draw a relation from ${data.label}`} />
    </div>
  );
});
