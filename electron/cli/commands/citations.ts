import type { Command } from '../command.ts';
import { singleInput, yearFlag } from '../commandArgs.ts';
import { parseFlags } from '../parseFlags.ts';

const cell = (v: string | number | null, width: number): string => {
  const s = v === null ? '—' : String(v);
  return s.length > width ? `${s.slice(0, width - 1)}…` : s.padEnd(width);
};

/** `plandraft citations <file> [--json]`: every mention of a legal document, normalised. */
export const citationsCommand: Command = {
  usage: 'plandraft citations <file.docx|file.txt|plan.json> [--year YYYY] [--json]',
  async run(args, io) {
    const { values, positionals } = parseFlags(args, {
      json: { type: 'boolean', default: false },
      year: { type: 'string' },
    });
    const input = singleInput(positionals, ['thiếu tệp', 'missing file']);
    // Loaded when the command runs: `plandraft --help` loads none of the heavy modules (issue 13).
    const [{ readCheckInput }, { citationJson, scanPlan }] = await Promise.all([
      import('./checkInput.ts'),
      import('../../../shared/citations/planCitations.ts'),
    ]);
    const plan = readCheckInput(input, io, yearFlag(values.year));
    const citations = scanPlan(plan).citations.map(citationJson);
    if (values.json) {
      io.stdout(`${JSON.stringify({ citations }, null, 2)}\n`);
      return 0;
    }
    io.stdout(
      `${cell('Loại / Type', 14)} ${cell('Số, ký hiệu / Number', 26)} ${cell('Ngày / Date', 11)} ${cell('Cơ quan / Issuer', 24)} ${cell('Dẫn / Mention', 8)} Vị trí / Where\n`,
    );
    for (const c of citations) {
      io.stdout(
        `${cell(c.type, 14)} ${cell(c.numberSymbol ?? c.name, 26)} ${cell(c.date, 11)} ${cell(c.issuer, 24)} ${cell(c.mention, 8)} ${c.location.label}\n`,
      );
    }
    io.stdout(`\n${citations.length} lần trích dẫn. / ${citations.length} mentions.\n`);
    return 0;
  },
};
