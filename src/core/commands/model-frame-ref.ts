/** Finding a frame of a model by its id or its title. */
import { UserError, quoteName } from '../errors.js';
import type { ModelNodeRecord, ModelRecord } from '../records.js';
import type { CommandContext } from './command.js';

/** A frame of `model` by id, or by title when exactly one frame has it. */
export async function frameNamed(ctx: CommandContext, model: ModelRecord, ref: string): Promise<ModelNodeRecord> {
  const byId = await ctx.tx.get('model_node', ref);
  if (byId && byId.modelId === model.id && byId.targetType === 'frame') return byId;
  const title = ref.normalize('NFC').trim();
  const named = await ctx.tx.find('model_node', { modelId: model.id, targetType: 'frame', label: title });
  if (named.length === 1) return named[0]!;
  if (named.length > 1) throw new UserError(`The model ${quoteName(model.name)} has ${named.length} frames titled ${quoteName(title)}; name the frame by its id (\`sparks model show\` lists them).`);
  throw new UserError(`There is no frame ${quoteName(ref)} on the model ${quoteName(model.name)}; \`sparks model show\` lists its frames.`);
}
