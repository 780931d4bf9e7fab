import type { Command } from '../command.ts';
import { findingText } from '../findingText.ts';
import { singleInput, yearFlag } from '../commandArgs.ts';
import { parseFlags } from '../parseFlags.ts';

/**
 * `plandraft check <file> [--year YYYY] [--final] [--json]`: every citation and plan rule on a plan
 * JSON, a .txt or a .docx. `--final` checks it as a final copy (missing required parts are errors,
 * placeholders are findings), as `plandraft export` without `--draft` does. Exit 0 without error
 * findings, 1 with, 2 on unreadable input or bad flags.
 */
export const checkCommand: Command = {
  usage: 'plandraft check <file.docx|file.txt|plan.json> [--year YYYY] [--final] [--json]',
  async run(args, io) {
    const { values, positionals } = parseFlags(args, {
      json: { type: 'boolean', default: false },
      year: { type: 'string' },
      final: { type: 'boolean', default: false },
    });
    const input = singleInput(positionals, ['thiếu tệp cần kiểm tra', 'missing file to check']);
    const year = yearFlag(values.year);
    // Loaded when the command runs: `plandraft --help` loads none of the heavy modules (issue 13).
    const [{ readCheckInput }, { readOnlyAgencies, withRegistry }, { runChecks }] = await Promise.all([
      import('./checkInput.ts'),
      import('./readOnlyWorkspace.ts'),
      import('../../../shared/checks/checkPlan.ts'),
    ]);
    const plan = readCheckInput(input, io, year);
    const { findings, counts } = withRegistry(io, (registry) =>
      runChecks(plan, { registry, agencies: readOnlyAgencies(io), final: values.final === true }),
    );
    if (values.json) {
      // Keys in the documented order: rule, severity, message, messageEn, excerpt, location, clause, fix.
      const ordered = findings.map(
        ({ rule, severity, message, messageEn, excerpt, location, clause, fix }) => ({
          rule,
          severity,
          message,
          messageEn,
          excerpt,
          location,
          clause,
          fix,
        }),
      );
      io.stdout(`${JSON.stringify({ findings: ordered }, null, 2)}\n`);
    } else {
      for (const f of findings) io.stdout(findingText(f));
      io.stdout(
        `\n${counts.error} lỗi, ${counts.warning} cảnh báo, ${counts.info} lưu ý. / ${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes.\n`,
      );
    }
    return counts.error > 0 ? 1 : 0;
  },
};
