/**
 * `sparks model frame …`: titled boxes that group nodes on a model ("Conditions of the
 * therapist"). `--around` fits a new frame round nodes already placed, as one would draw it.
 */
import type { Command as Cli } from 'commander';
import { FRAME_TEXT, frameMinWidth, frameOf } from '../../analysis/model-frames.js';
import { countsLine, nodeSize } from '../../analysis/model-layout.js';
import type { ModelNodeView, ModelView } from '../../contract/models.js';
import { COMMANDS } from '../../core/commands/index.js';
import { UserError, quoteName } from '../../core/errors.js';
import { modelByRef, modelView } from '../../store/queries/models.js';
import { action } from '../context.js';
import { usage } from '../errors.js';
import { END_HELP, endTargetId, parseEnd } from './end-ref.js';

const LIMIT = 1e7;

/** Two numbers "A,B" for --at (any) or --size (40 to 20000). */
export function parsePair(raw: string, option: '--at' | '--size'): [number, number] {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(raw);
  const [a, b] = m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
  const ok = option === '--at' ? Math.abs(a) <= LIMIT && Math.abs(b) <= LIMIT : a >= 40 && b >= 40 && a <= 20_000 && b <= 20_000;
  if (!m || !ok) {
    throw usage(option === '--at'
      ? `--at takes X,Y in diagram units between -${LIMIT} and ${LIMIT}, e.g. --at 200,120; got "${raw}".`
      : `--size takes WIDTH,HEIGHT between 40 and 20000, e.g. --size 300,200; got "${raw}".`);
  }
  return [a, b];
}

/** A node as the command line names it: `frame:TITLE` for a frame, else as END_HELP says. */
export function parseNodeRef(raw: string): { type: 'code' | 'memo' | 'segment' | 'frame'; ref: string } {
  return raw.startsWith('frame:') ? { type: 'frame', ref: raw.slice(6) } : parseEnd(raw);
}

function boxOf(n: ModelNodeView): { x0: number; y0: number; x1: number; y1: number } {
  const size = n.type === 'frame' ? { width: n.style.width ?? 0, height: n.style.height ?? 0 } : nodeSize(n.label, n.style, countsLine(n.counts));
  return { x0: n.x, y0: n.y, x1: n.x + size.width, y1: n.y + size.height };
}

/** The frame that holds `nodes` with the title above them and room all round. */
function around(nodes: ModelNodeView[], title: string): { x: number; y: number; width: number; height: number } {
  const boxes = nodes.map(boxOf);
  const x0 = Math.min(...boxes.map((b) => b.x0)) - FRAME_TEXT.padding;
  const y0 = Math.min(...boxes.map((b) => b.y0)) - FRAME_TEXT.header;
  const x1 = Math.max(...boxes.map((b) => b.x1)) + FRAME_TEXT.padding;
  const y1 = Math.max(...boxes.map((b) => b.y1)) + FRAME_TEXT.padding;
  return { x: Math.round(x0), y: Math.round(y0), width: Math.max(Math.ceil(x1 - x0), frameMinWidth(title)), height: Math.ceil(y1 - y0) };
}

/** The frames of a model and what each holds, for `sparks model show`. */
export function framesText(v: ModelView): string[] {
  const frames = v.nodes.filter((n) => n.type === 'frame');
  if (frames.length === 0) return [];
  const parent = frameOf(v.nodes.map((n) => ({ id: n.id, ...boxOf(n), x: n.x, y: n.y, width: boxOf(n).x1 - n.x, height: boxOf(n).y1 - n.y, frame: n.type === 'frame' })));
  const label = new Map(v.nodes.map((n) => [n.id, n.label || '(untitled)']));
  return ['', 'Frames:', ...frames.map((f) => {
    const held = v.nodes.filter((n) => parent.get(n.id) === f.id).map((n) => label.get(n.id));
    return `  ${label.get(f.id)}  (${f.x}, ${f.y}, ${f.style.width ?? 0}×${f.style.height ?? 0})${held.length ? `: ${held.join('; ')}` : ''}`;
  })];
}

export function registerModelFrames(model: Cli): void {
  model.command('frame <project> <model> <title>').description('add a titled frame that groups nodes on a model')
    .option('--around <refs...>', `fit the frame round these nodes, already on the model; each is ${END_HELP} or frame:TITLE`)
    .option('--at <x,y>', 'its top-left corner (without --around)').option('--size <w,h>', 'its width and height (without --around)')
    .option('--color <#rrggbb>', 'a tint for the frame').option('--json', 'print JSON')
    .action(action(async (ctx, project: string, ref: string, title: string, o: { around?: string[]; at?: string; size?: string; color?: string }) => {
      if (o.around && (o.at || o.size)) throw usage('Give either --around or --at and --size, not both.');
      if (o.color !== undefined && !/^#[0-9a-fA-F]{6}$/.test(o.color)) throw usage(`--color takes a colour as #RRGGBB, e.g. #3366CC; got "${o.color}".`);
      const projectId = await ctx.projectId(project);
      const m = await modelByRef(ctx.store, projectId, ref);
      let geometry: { x: number; y: number; width: number; height: number };
      if (o.around) {
        const view = await modelView(ctx.store, projectId, m.id);
        const wanted = o.around.map(parseNodeRef);
        const nodes: ModelNodeView[] = [];
        for (const w of wanted) {
          let found: ModelNodeView | undefined;
          if (w.type === 'frame') found = view.nodes.find((n) => n.type === 'frame' && (n.id === w.ref || n.label === w.ref.trim()));
          else {
            const id = await endTargetId(ctx.store, projectId, { type: w.type, ref: w.ref });
            found = view.nodes.find((n) => n.targetId === id);
          }
          if (!found) throw new UserError(`${quoteName(w.ref)} is not on the model ${quoteName(m.name)}; place it first with \`sparks model add\`.`);
          nodes.push(found);
        }
        geometry = around(nodes, title);
      } else {
        const [x, y] = o.at ? parsePair(o.at, '--at') : [0, 0];
        const [width, height] = o.size ? parsePair(o.size, '--size') : [260, 160];
        geometry = { x, y, width, height };
      }
      const r = await ctx.run(COMMANDS.frameModel, { model: m.id, label: title, ...geometry, color: o.color ?? null }, project);
      ctx.print(r, () => `Added the frame ${quoteName(r.label || '(untitled)')} to ${quoteName(m.name)} at ${r.x},${r.y}.`);
    }));
  model.command('frame-edit <project> <model> <frame>').description('retitle, move or resize a frame (named by its title or id)')
    .option('--title <title>', 'its new title').option('--at <x,y>', 'its new top-left corner').option('--size <w,h>', 'its new width and height')
    .option('--json', 'print JSON')
    .action(action(async (ctx, project: string, ref: string, frame: string, o: { title?: string; at?: string; size?: string }) => {
      if (o.title === undefined && !o.at && !o.size) throw usage('Say what to change: --title, --at or --size.');
      const [x, y] = o.at ? parsePair(o.at, '--at') : [null, null];
      const [width, height] = o.size ? parsePair(o.size, '--size') : [null, null];
      const r = await ctx.run(COMMANDS.frameModel, { model: ref, frame, label: o.title ?? null, x, y, width, height }, project);
      ctx.print(r, () => `The frame ${quoteName(r.label || '(untitled)')} is at ${r.x},${r.y}.`);
    }));
}
