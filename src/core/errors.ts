// Typed user-facing failures. Each carries a stable code and the exit status of DESIGN §4;
// the CLI renders them once, without a stack trace.

export const EXIT = {
  ok: 0,
  gateFailed: 1,
  usage: 2,
  input: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class CdmError extends Error {
  constructor(
    /** Stable namespaced code, e.g. `config.unknown_key`, `input.unreadable`. */
    readonly code: string,
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'CdmError';
  }
}

/** Bad flag or command usage (exit 2). */
export class UsageError extends CdmError {
  constructor(code: string, message: string) {
    super(code, message, EXIT.usage);
    this.name = 'UsageError';
  }
}

/** Bad config file (exit 2); `path` is the config key path, e.g. `fields.email.role`. `listsCodes`:
 * the message lists several issues, each with its own code (the CLI then adds none after it). */
export class ConfigError extends CdmError {
  constructor(
    code: string,
    message: string,
    readonly path?: string,
    readonly listsCodes = false,
  ) {
    super(code, message, EXIT.usage);
    this.name = 'ConfigError';
  }
}

/** An input that cannot be read or parsed at all (exit 3); names file, row and column when known. */
export class InputError extends CdmError {
  constructor(
    code: string,
    message: string,
    readonly file: string,
    readonly row?: number,
    readonly column?: number | string,
  ) {
    super(code, message, EXIT.input);
    this.name = 'InputError';
  }
}

export function isCdmError(err: unknown): err is CdmError {
  return err instanceof CdmError;
}
