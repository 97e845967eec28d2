// Registers every command of DESIGN §2. Each command module adds itself to the program and records
// its exit status in `outcome`.

import type { Command } from 'commander';
import { registerAudit } from './audit.js';
import { registerClean } from './clean.js';
import { registerExplain } from './explain.js';
import { registerExport } from './export.js';
import { registerSubject } from './subject.js';
import { registerInit } from './init.js';
import { registerProfile } from './profile.js';
import { registerValidate } from './validate.js';

export interface Outcome {
  code: number;
}

export function registerCommands(program: Command, outcome: Outcome): void {
  registerClean(program, outcome);
  registerValidate(program, outcome);
  registerProfile(program, outcome);
  registerInit(program, outcome);
  registerExplain(program, outcome);
  registerExport(program, outcome);
  registerSubject(program, outcome);
  registerAudit(program, outcome);
}
