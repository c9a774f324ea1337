/**
 * Reading a project file with what its import needs: in place from the sources, and on a worker
 * thread as Sparks runs when built (the compiled files under dist/, which the test setup builds),
 * with the same result and the same one-sentence refusals.
 */
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readProjectFile, readProjectHere, readsOffThread } from '../../../src/formats/qdpx/read-file.js';
import { QDE, zip } from '../../helpers/hostile-zips.js';
import { ROOT } from '../../helpers/paths.js';
import { sample } from './helpers.js';

type ReadFile = typeof import('../../../src/formats/qdpx/read-file.js');
const built = (): Promise<ReadFile> => import(pathToFileURL(`${ROOT}dist/formats/qdpx/read-file.js`).href) as Promise<ReadFile>;
const SAMPLE = 'maxqda-24.7.0-mac_paper_themes_ICLS_just10.qdpx';
const SLIP = () => zip({ 'project.qde': QDE(), '../../etc/passwd': 'x' });

describe('reading a project file', () => {
  it('reads in place when run from the sources', async () => {
    expect(readsOffThread()).toBe(false);
    expect(await readProjectFile(sample(SAMPLE), SAMPLE)).toEqual(await readProjectHere(sample(SAMPLE), SAMPLE));
  });

  it('reads on a worker thread when built, to the same project and document extras', async () => {
    const dist = await built();
    expect(dist.readsOffThread()).toBe(true);
    const there = await dist.readProjectFile(sample(SAMPLE), SAMPLE);
    const here = await readProjectHere(sample(SAMPLE), SAMPLE);
    expect(there.project.sources.length).toBeGreaterThan(0);
    expect(there).toEqual(here);
  });

  it('brings a refusal back from the worker as the same one sentence', async () => {
    const dist = await built();
    const message = await readProjectHere(SLIP(), 'slip.qdpx').then(() => '', (e: Error) => e.message);
    expect(message).toMatch(/^slip\.qdpx .*unsafe path/u);
    await expect(dist.readProjectFile(SLIP(), 'slip.qdpx')).rejects.toMatchObject({ name: 'ImportError', message });
  });
});
