// Applies N codings, one command each, printing each index once it is committed; the crash test kills it midway.
import { COMMANDS } from '../../dist/core/commands/index.js';
import { execute } from '../../dist/store/execute.js';
import { projectByName } from '../../dist/store/queries/projects.js';
import { localOwner, openStore } from '../../dist/store/store.js';

const [db, projectName, doc, count] = process.argv.slice(2);
const store = await openStore(db);
const actorId = (await localOwner(store)).id;
const projectId = (await projectByName(store, projectName)).id;
const codes = ['Triggers of moments of meeting/Humor', 'Triggers of moments of meeting/Silences', 'Main effects/Relief'];
for (let i = 0; i < Number(count); i++) {
  await execute(store, COMMANDS.applyCode, {
    actorId, projectId, payload: { document: doc, start: i, end: i + 12, code: codes[i % codes.length] },
  });
  process.stdout.write(`${i}\n`);
}
await store.close();
