import fs from 'node:fs';
import path from 'node:path';
import { importFileBytes } from '../../backend/reuse/importFile.ts';
import { UsageError, type Command } from '../command.ts';
import { parseFlags } from '../parseFlags.ts';
import { yearFlag } from './rollover.ts';

/**
 * `plandraft import <file.docx|file.txt|file.doc> -o plan.json [--report report.json] [--year YYYY]`:
 * a Word or text plan recognised into a plan JSON, with the import report (every source paragraph
 * placed or listed). Works on files only; the workspace is never touched.
 */
export const importCommand: Command = {
  name: 'import',
  summary: 'Nhập kế hoạch từ tệp Word (.docx, .doc) hoặc văn bản (.txt) thành kế hoạch JSON',
  summaryEn: 'Import a plan from a Word (.docx, .doc) or text (.txt) file into a plan JSON',
  usage: 'plandraft import <file.docx|file.txt> -o plan.json [--report report.json] [--year YYYY]',
  async run(args, io) {
    const { values, positionals } = parseFlags(args, {
      output: { type: 'string', short: 'o' },
      report: { type: 'string' },
      year: { type: 'string' },
    });
    const [input, ...extra] = positionals;
    if (!input) throw new UsageError('thiếu tệp cần nhập', 'missing file to import');
    if (extra.length > 0)
      throw new UsageError(`thừa tham số: ${extra.join(' ')}`, `unexpected arguments: ${extra.join(' ')}`);
    if (!values.output) throw new UsageError('thiếu -o <plan.json>', 'missing -o <plan.json>');
    const year = yearFlag(values.year);
    const file = path.resolve(io.cwd, input);
    const bytes = new Uint8Array(fs.readFileSync(file));
    const { plan, report } = await importFileBytes(
      path.basename(file),
      bytes,
      year === undefined ? {} : { year },
      io.env,
    );
    const out = path.resolve(io.cwd, values.output);
    fs.writeFileSync(out, `${JSON.stringify(plan, null, 2)}\n`);
    if (values.report)
      fs.writeFileSync(path.resolve(io.cwd, values.report), `${JSON.stringify(report, null, 2)}\n`);
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
