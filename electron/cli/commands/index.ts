import type { Command } from '../command.ts';
import { apiCommand } from './api.ts';

/** Every CLI command, in the order `--help` lists them. Each feature adds its own line. */
export const commands: Command[] = [
  apiCommand,
];
