/** A progress bar on an interactive terminal; silent when output is piped or in tests. */
import cliProgress from 'cli-progress';

export interface Progress { tick(): void; label(text: string): void; stop(): void }

export function progress(total: number, label: string): Progress {
  if (!process.stderr.isTTY || total < 4) return { tick() {}, label() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: '{label} [{bar}] {value}/{total}', stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { label });
  return {
    tick: () => bar.increment(),
    label: (text) => bar.update({ label: text }),
    stop: () => bar.stop(),
  };
}
