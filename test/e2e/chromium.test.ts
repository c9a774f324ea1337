/** Which Chromium the browser tests drive, and the one sentence shown when there is none. */
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumPath, DEFAULT_CHROMIUM, ensureChromium } from '../helpers/chromium.js';

describe('Chromium discovery', () => {
  const saved = process.env.CHROMIUM_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  });

  it("uses CHROMIUM_PATH when it is set, else Debian's binary", () => {
    process.env.CHROMIUM_PATH = process.execPath;
    expect(chromiumPath()).toBe(process.execPath);
    expect(ensureChromium()).toBe(process.execPath);
    delete process.env.CHROMIUM_PATH;
    expect(chromiumPath()).toBe(DEFAULT_CHROMIUM);
  });

  it('says in one sentence what to do when CHROMIUM_PATH names no file, installing nothing', () => {
    process.env.CHROMIUM_PATH = '/nonexistent/chromium-für-tests';
    expect(() => ensureChromium()).toThrow(/^CHROMIUM_PATH names \/nonexistent\/chromium-für-tests, which does not exist; [^.]+\.$/);
  });
});
