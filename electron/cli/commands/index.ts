import type { CommandEntry } from '../command.ts';

/**
 * Every CLI command, in the order `--help` lists them. Each feature adds its own line. A command's
 * module (and what it imports: docx, zod, SQLite, the checks…) loads only when that command runs
 * (issue 13: `--help` and `export` each pay for their own modules only).
 */
export const commands: CommandEntry[] = [
  {
    name: 'api',
    summary: 'Gọi một thao tác của hợp đồng API trên thư mục dữ liệu (in JSON)',
    summaryEn: 'Call a contract operation on the workspace (prints JSON)',
    load: async () => (await import('./api.ts')).apiCommand,
  },
  {
    name: 'export',
    summary: 'Xuất kế hoạch (JSON) ra tệp Word theo Nghị định 30/2020/NĐ-CP',
    summaryEn: 'Export a plan (JSON) to a Word file following Decree 30/2020/NĐ-CP',
    load: async () => (await import('./export.ts')).exportCommand,
  },
  {
    name: 'verify',
    summary: 'Kiểm tra thể thức tệp Word theo Nghị định 30/2020/NĐ-CP',
    summaryEn: 'Check a Word file against Decree 30/2020/NĐ-CP formatting rules',
    load: async () => (await import('./verify.ts')).verifyCommand,
  },
  {
    name: 'citations',
    summary: 'Liệt kê các văn bản được trích dẫn (.docx, .txt, .json)',
    summaryEn: 'List the legal documents cited in a .docx, .txt or plan .json',
    load: async () => (await import('./citations.ts')).citationsCommand,
  },
  {
    name: 'check',
    summary: 'Kiểm tra trích dẫn văn bản và nội dung kế hoạch (.docx, .txt, .json)',
    summaryEn: 'Check the legal citations and plan rules of a .docx, .txt or plan .json',
    load: async () => (await import('./check.ts')).checkCommand,
  },
  {
    name: 'import',
    summary:
      'Nhập kế hoạch từ tệp Word (.docx, .doc), PDF có lớp chữ (.pdf) hoặc văn bản (.txt, .md) thành kế hoạch JSON',
    summaryEn:
      'Import a plan from a Word (.docx, .doc), PDF with a text layer (.pdf) or text (.txt, .md) file into a plan JSON',
    load: async () => (await import('./import.ts')).importCommand,
  },
  {
    name: 'rollover',
    summary: 'Tạo kế hoạch năm sau từ một kế hoạch (JSON), kèm danh sách cần rà soát',
    summaryEn: "Draft next year's plan from a plan (JSON), with the list of what to review",
    load: async () => (await import('./rollover.ts')).rolloverCommand,
  },
  {
    name: 'backup',
    summary: 'Sao lưu, liệt kê và khôi phục dữ liệu; cứu kế hoạch từ tệp hỏng',
    summaryEn: 'Back up, list and restore the workspace; salvage plans from a damaged file',
    load: async () => (await import('./backup.ts')).backupCommand,
  },
  {
    name: 'registry',
    summary: 'Nhập (CSV, JSON) và xuất sổ văn bản pháp lý của thư mục dữ liệu',
    summaryEn: "Import (CSV, JSON) and export the workspace's registry of legal documents",
    load: async () => (await import('./registry.ts')).registryCommand,
  },
  {
    name: 'agencies',
    summary: 'Danh bạ cơ quan: liệt kê, nhập, xuất CSV',
    summaryEn: 'Agency directory: list, import, export CSV',
    load: async () => (await import('./agencies.ts')).agenciesCommand,
  },
];
