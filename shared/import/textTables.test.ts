import { describe, expect, it } from 'vitest';
import { tableTasks } from '../model/tableTasks.ts';
import { importText } from './importText.ts';
import { textTables } from './textTables.ts';

// The Phụ lục task table of lamdong-kh-cchc-2026.docx (test/fixtures/real), its header, a section
// row and two rows, as a web copy prints a table: one row a line, the cells between "|".

const plan = [
  'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
  'TỈNH LÂM ĐỒNG | Độc lập - Tự do - Hạnh phúc |',
  'Số: 9669/KH-UBND | Lâm Đồng, ngày 24 tháng 12 năm 2025 |',
  'KẾ HOẠCH',
  'Cải cách hành chính nhà nước năm 2026 tỉnh Lâm Đồng',
  'I. MỤC ĐÍCH, YÊU CẦU',
  'Phân công nhiệm vụ theo Phụ lục đính kèm.',
  'Nơi nhận:',
  '- Bộ Nội vụ;',
  '- Lưu: VT, NC.',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Nguyễn Ngọc Phúc',
  'PHỤ LỤC',
  'NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026',
  '| STT | Nhiệm vụ | Sản phẩm | Thời gian hoàn thành | Chủ trì thực hiện | Phối hợp thực hiện | Theo dõi, kiểm tra, đôn đốc |',
  '| I | CẢI CÁCH THỂ CHẾ |',
  '| 1 | Thực hiện việc đăng tải, cập nhật văn bản quy phạm pháp luật của Hội đồng nhân dân và Ủy ban nhân dân tỉnh trên cơ sở dữ liệu quốc gia về pháp luật ngay khi văn bản được thông qua/ban hành. | Văn bản quy phạm pháp luật của Hội đồng nhân dân tỉnh thông qua và Ủy ban nhân dân tỉnh ban hành được thể hiện trên hệ thống Cơ sở dữ liệu quốc gia về văn bản pháp luật | Theo Điều 17 Nghị định số 52/2015/NĐ-CP ngày 28/5/2015 của Chính phủ cơ sở dữ liệu quốc gia về pháp luật | Sở Tư pháp | | Sở Tư pháp |',
  '',
  '| 2 | Định kỳ thực hiện việc công bố danh mục văn bản quy phạm pháp luật hết hiệu lực, tạm ngưng hiệu lực theo thẩm quyền. | Danh mục văn bản quy phạm pháp luật hết hiệu lực, tạm ngưng hiệu lực | Trước ngày 31/01 năm liền kề | Sở Tư pháp; UBND các xã, phường, đặc khu | | Sở Tư pháp |',
];

describe('textTables', () => {
  it('gathers "|" rows under a header of three cells into a table, blank lines between rows aside', () => {
    const blocks = textTables(plan);
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]?.kind === 'table' && tables[0].rows.map((r) => r.length)).toEqual([7, 2, 7, 7]);
    // The header's two-cell lines stay lines (textLayout splits them), and so does prose.
    expect(blocks.slice(0, 3).every((b) => b.kind === 'line')).toBe(true);
  });

  it('leaves a lone "|" row, or one under a header of two cells, as text', () => {
    expect(
      textTables(['Số: 10/2022/QĐ-UBND | Đắk Lắk, ngày 16 tháng 02 năm 2022 |', 'a | b']).map((b) => b.kind),
    ).toEqual(['line', 'line']);
    expect(textTables(['| STT | Nhiệm vụ | Chủ trì |', 'Văn bản tiếp theo.']).map((b) => b.kind)).toEqual([
      'line',
      'line',
    ]);
  });
});

describe('a web copy with its Phụ lục task table', () => {
  it('gives the typed appendix task table the Word importer builds, every line placed', () => {
    const { plan: imported, report } = importText(plan.join('\n'));
    expect(report.placedParagraphs).toBe(report.sourceParagraphs);
    const table = imported.appendices[0]?.table;
    expect(table?.header).toEqual([
      'STT',
      'Nhiệm vụ',
      'Sản phẩm',
      'Thời gian hoàn thành',
      'Chủ trì thực hiện',
      'Phối hợp thực hiện',
      'Theo dõi, kiểm tra, đôn đốc',
    ]);
    expect(table?.columns).toEqual([
      'number',
      'task',
      'deliverable',
      'timeline',
      'lead',
      'coordinating',
      'free',
    ]);
    const appendix = imported.appendices[0];
    const tasks = appendix ? tableTasks(appendix) : [];
    expect(tasks.map((t) => [t.fields.lead, t.fields.timeline])).toEqual([
      [
        'Sở Tư pháp',
        'Theo Điều 17 Nghị định số 52/2015/NĐ-CP ngày 28/5/2015 của Chính phủ cơ sở dữ liệu quốc gia về pháp luật',
      ],
      ['Sở Tư pháp; UBND các xã, phường, đặc khu', 'Trước ngày 31/01 năm liền kề'],
    ]);
  });
});
