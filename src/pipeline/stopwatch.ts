// Times the stages of a run for the report (the only wall-clock figures cdm writes).

export class Stopwatch {
  readonly timings: Record<string, number> = {};
  private current: string | undefined;
  private startedAt = 0;

  constructor(private readonly onStage?: (stage: string) => void) {}

  start(stage: string): void {
    this.stop();
    this.current = stage;
    this.startedAt = performance.now();
    this.onStage?.(stage);
  }

  stop(): void {
    if (this.current === undefined) return;
    this.timings[this.current] = (this.timings[this.current] ?? 0) + Math.round(performance.now() - this.startedAt);
    this.current = undefined;
  }
}
