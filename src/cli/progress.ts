// Progress on long runs: one bar per stage with rows/s and ETA, on stderr, only when stderr is a
// terminal and the run is not --quiet. Non-TTY output (CI logs, pipes) never sees a bar.

import cliProgress from 'cli-progress';

export interface StageProgress {
  onStage: (stage: string, detail?: { done: number; total: number }) => void;
  stop: () => void;
}

const NONE: StageProgress = { onStage: () => {}, stop: () => {} };

export function createProgress(options: { quiet?: boolean; color: boolean }): StageProgress {
  if (options.quiet || !process.stderr.isTTY) return NONE;
  const multi = new cliProgress.MultiBar(
    {
      stream: process.stderr,
      format: ' {stage} {bar} {percentage}% | {value}/{total} rows | {speed} rows/s | ETA {eta_formatted}',
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 20,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  let bar: cliProgress.SingleBar | undefined;
  let stage = '';
  let started = 0;
  const finish = () => {
    if (!bar) return;
    bar.update(bar.getTotal(), speedOf(bar.getTotal()));
    bar.stop();
    bar = undefined;
  };
  const speedOf = (done: number) => {
    const seconds = (performance.now() - started) / 1000;
    return { stage: stage.padEnd(9), speed: seconds > 0 ? Math.round(done / seconds).toLocaleString('en-US') : '—' };
  };
  return {
    onStage: (next, detail) => {
      if (next !== stage) {
        finish();
        stage = next;
        started = performance.now();
        // A stage that reports no row counts gets a bar without them (it jumps to 100% when done).
        bar = multi.create(detail?.total ?? 1, 0, speedOf(0), detail ? {} : { format: ' {stage} {bar} {percentage}% | {duration_formatted}' });
      }
      if (detail && bar) {
        if (bar.getTotal() !== detail.total) bar.setTotal(detail.total);
        bar.update(detail.done, speedOf(detail.done));
      }
    },
    stop: () => {
      finish();
      multi.stop();
    },
  };
}
