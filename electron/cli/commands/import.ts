import path from 'node:path';
import type { Command } from '../command.ts';
import { requiredFlag, singleInput, yearFlag } from '../commandArgs.ts';
import { readInputBytes, writeJsonFile } from '../commandFiles.ts';
import { parseFlags } from '../parseFlags.ts';

/**
 * `plandraft import <file.docx|file.doc|file.pdf|file.txt|file.md> -o plan.json [--report report.json] [--year YYYY]`:
 * a Word, PDF (text layer) or text plan recognised into a plan JSON, with the import report (every source paragraph
 * placed or listed). Works on files only; the workspace is never touched.
 */
export const importCommand: Command = {
  usage: 'plandraft import <file.docx|file.pdf|file.txt> -o plan.json [--report report.json] [--year YYYY]',
  async run(args, io) {
    const { values, positionals } = parseFlags(args, {
      output: { type: 'string', short: 'o' },
      report: { type: 'string' },
      year: { type: 'string' },
    });
    const input = singleInput(positionals, ['thiếu tệp cần nhập', 'missing file to import']);
    const output = requiredFlag(values.output, ['thiếu -o <plan.json>', 'missing -o <plan.json>']);
    const year = yearFlag(values.year);
    const bytes = readInputBytes(io, input);
    // Loaded when the command runs: `plandraft --help` loads none of the heavy modules (issue 13).
    const { importFileBytes } = await import('../../backend/reuse/importFile.ts');
    const { plan, report } = await importFileBytes(
      path.basename(input),
      bytes,
      year === undefined ? {} : { year },
      io.env,
    );
    const out = writeJsonFile(io, output, plan);
    if (values.report) writeJsonFile(io, values.report, report);
    io.stdout(
      `Đã nhập ${report.placedParagraphs}/${report.sourceParagraphs} đoạn (${report.unplaced.length} chưa xếp được, giữ nguyên dạng văn bản), ${report.tasks} nhiệm vụ, ${report.recipients} nơi nhận: ${out}\n` +
        `Imported ${report.placedParagraphs}/${report.sourceParagraphs} paragraphs (${report.unplaced.length} not placed, kept as text), ${report.tasks} tasks, ${report.recipients} recipients: ${out}\n`,
    );
    for (const u of report.unplaced) io.stdout(`  CHƯA XẾP / NOT PLACED: ${u.text}\n      ${u.reason}\n`);
    for (const w of report.warnings)
      io.stdout(`  LƯU Ý / NOTE: ${w.reason}${w.text ? ` — ${w.text}` : ''}\n`);
    return 0;
  },
};
