/** A run's steps, each announced as it starts (`[3/12] …`) on stderr, so the tables on stdout stay clean. */
export class Progress {
  private readonly total: number;
  private done = 0;
  private readonly started = performance.now();

  constructor(total: number) {
    this.total = total;
  }

  async step<T>(label: string, run: () => Promise<T>): Promise<T> {
    this.done++;
    const elapsed = Math.round((performance.now() - this.started) / 1000);
    process.stderr.write(`[${this.done}/${this.total}] ${label}… (${elapsed} s)\n`);
    return run();
  }
}
