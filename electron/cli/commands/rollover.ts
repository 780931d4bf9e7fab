import path from 'node:path';
import { UsageError, type Command } from '../command.ts';
import { requiredFlag, singleInput, yearFlag } from '../commandArgs.ts';
import { writeJsonFile } from '../commandFiles.ts';
import { parseFlags } from '../parseFlags.ts';

/**
 * `plandraft rollover <plan.json> --year YYYY -o next.json [--report review.json]`: the draft of next
 * year's plan, and the list of what changed and what a person must review. Files only.
 */
export const rolloverCommand: Command = {
  usage: 'plandraft rollover <plan.json> --year YYYY -o next.json [--report review.json]',
  async run(args, io) {
    const { values, positionals } = parseFlags(args, {
      output: { type: 'string', short: 'o' },
      report: { type: 'string' },
      year: { type: 'string' },
    });
    const input = singleInput(positionals, ['thiếu tệp kế hoạch', 'missing plan file']);
    const year = yearFlag(values.year);
    if (year === undefined) throw new UsageError('thiếu --year <năm mới>', 'missing --year <new year>');
    const output = requiredFlag(values.output, ['thiếu -o <next.json>', 'missing -o <next.json>']);
    // Loaded when the command runs: `plandraft --help` loads none of the heavy modules (issue 13).
    const [{ readPlanFile }, { rolloverPlan }, { readOnlyAgencies, withRegistry }] = await Promise.all([
      import('../readPlanFile.ts'),
      import('../../../shared/rollover/rolloverPlan.ts'),
      import('./readOnlyWorkspace.ts'),
    ]);
    const plan = readPlanFile(path.resolve(io.cwd, input), io);
    // The registry (built-in seed and the workspace's, read-only) names the căn cứ no longer in force;
    // the agency directory, the agencies and titles no longer valid.
    const { plan: next, report } = withRegistry(io, (registry) =>
      rolloverPlan(plan, year, { registry, agencies: readOnlyAgencies(io) }),
    );
    const out = writeJsonFile(io, output, next);
    const json = {
      changes: report.changes.map(({ from, to, location }) => ({ from, to, location })),
      review: report.review.map(({ reason, excerpt, location }) => ({ reason, excerpt, location })),
    };
    if (values.report) writeJsonFile(io, values.report, json);
    io.stdout(
      `Kế hoạch năm ${year}: ${out} — ${report.changes.length} thay đổi, ${report.review.length} mục cần rà soát.\n` +
        `Plan for ${year}: ${out} — ${report.changes.length} changes, ${report.review.length} items to review.\n`,
    );
    for (const r of report.review)
      io.stdout(`  RÀ SOÁT / REVIEW  ${r.location}: ${r.reason}\n      ${r.excerpt}\n`);
    return 0;
  },
};
