import type { Command } from '../command.ts';
import { apiCommand } from './api.ts';
import { exportCommand } from './export.ts';
import { verifyCommand } from './verify.ts';
import { citationsCommand } from './citations.ts';
import { checkCommand } from './check.ts';
import { importCommand } from './import.ts';
import { rolloverCommand } from './rollover.ts';
import { backupCommand } from './backup.ts';
import { registryCommand } from './registry.ts';
import { agenciesCommand } from './agencies.ts';

/** Every CLI command, in the order `--help` lists them. Each feature adds its own line. */
// prettier-ignore
export const commands: Command[] = [
  apiCommand,
  exportCommand,
  verifyCommand,
  citationsCommand,
  checkCommand,
  importCommand,
  rolloverCommand,
  backupCommand,
  registryCommand,
  agenciesCommand,
];
