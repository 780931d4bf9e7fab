import { commands } from './cli/commands/index.ts';
import type { CliIo } from './cli/command.ts';
import { reportFailure } from './cli/errors.ts';
import { resolveDataDir } from './backend/dataDir.ts';
import { terminalSafe } from './cli/terminalText.ts';

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map(
    (c) => `  ${c.name.padEnd(width)}  ${c.summary}\n  ${' '.repeat(width)}  ${c.summaryEn}`,
  );
  return [
    'PlanDraft — Soạn thảo Kế hoạch (dòng lệnh / command line)',
    '',
    'Cách dùng / Usage: plandraft <lệnh/command> [tham số/options]',
    '',
    'Lệnh / Commands:',
    ...lines,
    '',
    'plandraft <lệnh> --help   hướng dẫn một lệnh / help for one command',
    `Thư mục dữ liệu / Data folder: ${resolveDataDir()} (đặt PLANDRAFT_HOME để đổi / set PLANDRAFT_HOME to change)`,
    '',
  ].join('\n');
}

/**
 * Run the CLI; returns the exit code. Never throws. Everything printed passes through terminalSafe:
 * commands print text taken from untrusted files, and no command prints control characters itself.
 */
export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  const io: CliIo = {
    ...rawIo,
    stdout: (text) => rawIo.stdout(terminalSafe(text)),
    stderr: (text) => rawIo.stderr(terminalSafe(text)),
  };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name ? 0 : 2;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`Lỗi: không có lệnh "${name}"\nError: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  let usage: string | undefined;
  try {
    const command = await entry.load();
    usage = command.usage;
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${entry.summary}\n${entry.summaryEn}\n\n${usage}\n`);
      return 0;
    }
    return await command.run(rest, io);
  } catch (e) {
    return reportFailure(e, io, usage);
  }
}
