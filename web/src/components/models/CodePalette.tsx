/** The project's codes beside the canvas, to put on the model by search, click or drag. */
import type { CodeListing } from '../../api.js';
import { rankCodes } from '../../lib/picker-filter.js';
import { PickList } from './PickList.js';

/** The drag payload of a code dragged from the list: its id. */
export const CODE_DRAG_TYPE = 'application/x-sparks-code';

const WORDS = {
  label: 'Add a code', placeholder: 'Part of a name, then Enter', hint: 'Or drag a code onto the canvas.',
  empty: 'The project has no codes yet.', noMatch: 'No code matches.', listLabel: 'Codes', className: 'code-palette',
};

export function CodePalette({ codes, placed, onAdd }: {
  codes: readonly CodeListing[]; placed: ReadonlySet<string>; onAdd(code: CodeListing): void;
}) {
  return (
    <PickList all={codes} match={(filter) => rankCodes(codes, filter, [])} placed={placed} onAdd={onAdd} dragType={CODE_DRAG_TYPE} words={WORDS}
      render={(c, on) => ({
        title: on ? `${c.path} is on the model` : `Add ${c.path} to the model`,
        label: on ? `${c.name} (on the model)` : `Add ${c.name}`,
        style: { paddingInlineStart: `${c.depth * 0.9 + 0.25}rem` },
        content: <>
          <span className="palette-swatch" style={c.color ? { background: c.color } : undefined} aria-hidden="true" />
          <span className="palette-name">{c.name}</span>
        </>,
      })} />
  );
}
