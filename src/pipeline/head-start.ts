// `cdm validate` on one large CSV file: the validate helper starts on the rows while the file is still
// being parsed, which takes this thread a third of the run, with the other core idle. The helper
// needs the schema, and the schema is inferred from the whole file (samples spread over it, every
// date to settle day/month order); so it starts on a schema inferred from the first rows, a guess,
// and its work is kept only if the schema inferred from all rows, once read, is the same. Otherwise
// it is dropped and validation runs as without it: the guess never changes a result.

import type { Config } from '../config/schema.js';
import type { Schema, SourceTable } from '../core/record.js';
import { defaultThreads } from '../core/threads.js';
import type { TableHead } from '../io/index.js';
import { buildSchema } from '../schema/index.js';
import { beginEarlyHelper, spawnHelper, type ValidateOptions, type ValidateRegistries } from '../validate/index.js';

type Helper = NonNullable<ValidateOptions['helper']>;

/** Rows read before the schema is guessed: on the bench files, a sample that already gives the
 * schema of the whole file (a wrong guess costs the helper's work, never a result). */
const HEAD_ROWS = 20_000;
/** Rows sent at a time while reading (each send is a structured clone on this thread). */
const SEND_ROWS = 20_000;

export class HeadStart {
  private helper: Helper | undefined;
  /** The helper has its job (the guessed schema). */
  private begun = false;
  /** The guessed schema, as JSON (what the final one is compared with). */
  private guess = '';
  private stopped = false;

  constructor(
    private readonly config: Config | undefined,
    private readonly registries: ValidateRegistries,
    private readonly options: ValidateOptions,
  ) {
    this.stopped = (options.threads ?? defaultThreads()) < 2;
  }

  /** ReadOptions.onRows of the run's only input. */
  readonly onRows = (head: TableHead): void => {
    if (this.stopped) return;
    const rows = head.rows;
    // The thread starts at the first notice, its modules loading while the head rows are read.
    if (this.helper === undefined) {
      this.helper = spawnHelper();
      if (this.helper === undefined) this.stopped = true;
      return;
    }
    if (!this.begun) {
      if (rows.length < HEAD_ROWS) return;
      const table: SourceTable = { ...head, rows: rows as SourceTable['rows'], diagnostics: [], sha256: '', bytes: 0 };
      const { schema } = buildSchema([table], this.config);
      if (!beginEarlyHelper(this.helper, head, schema, this.registries, this.options)) return this.close();
      this.begun = true;
      this.guess = JSON.stringify(schema);
    }
    if (rows.length - this.helper.sent >= SEND_ROWS) this.helper.post(0, rows, this.helper.sent, rows.length);
  };

  /** The helper, sent every row, if the schema of the whole input is the one guessed; else none
   * (it is closed). */
  settle(tables: readonly SourceTable[], schema: Schema): Helper | undefined {
    const helper = this.helper;
    this.helper = undefined;
    this.stopped = true;
    if (helper === undefined) return undefined;
    if (!this.begun) {
      helper.close();
      return undefined;
    }
    const rows = tables.length === 1 ? tables[0]!.rows : undefined;
    if (rows === undefined || JSON.stringify(schema) !== this.guess) {
      helper.close();
      return undefined;
    }
    helper.post(0, rows, helper.sent, rows.length);
    if (!helper.end(rows.length)) {
      helper.close();
      return undefined;
    }
    return helper;
  }

  /** Closes a helper not settled (the read failed). */
  close(): void {
    this.stopped = true;
    this.helper?.close();
    this.helper = undefined;
  }
}
