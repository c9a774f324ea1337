/** The canvas's kinds of node, as xyflow looks them up by a node's `type`. */
import { CodeNode } from './CodeNode.js';
import { FrameNode } from './FrameNode.js';

export const NODE_TYPES = { code: CodeNode, frame: FrameNode };
