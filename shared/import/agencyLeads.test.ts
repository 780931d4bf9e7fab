import { describe, expect, it } from 'vitest';
import { layoutPlan } from '../format/layout/layoutPlan.ts';
import { bodyTasks } from '../model/walk.ts';
import { agencyHeading } from '../model/agencyHeadings.ts';
import { importText } from './importText.ts';

// Short excerpts of real Lâm Đồng plans on drug prevention (2025, 2026): tasks assigned by agency,
// a heading per agency over its duties, or the agency and its duty on one line.
const TEXT = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH LÂM ĐỒNG',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 120/KH-UBND',
  'Lâm Đồng, ngày 10 tháng 3 năm 2026',
  'KẾ HOẠCH',
  'Xây dựng xã, phường, đặc khu không ma túy năm 2026',
  'I. MỤC ĐÍCH, YÊU CẦU',
  'Nắm chắc tình hình tội phạm, tệ nạn ma túy từ sớm, từ xa.',
  'II. GIẢI PHÁP THỰC HIỆN VÀ PHÂN CÔNG NHIỆM VỤ',
  '1. Tăng cường công tác tuyên truyền, giáo dục, phòng ngừa tội phạm và tệ nạn ma túy',
  '1.1. Công an tỉnh:',
  '- Tổ chức triển khai hiệu quả phong trào “Toàn dân bảo vệ an ninh Tổ quốc”.',
  '1.2. Sở Nông nghiệp và Môi trường: Quản lý chặt chẽ việc sản xuất, buôn bán thuốc thú y có chứa chất ma túy.',
  '1.3. Đề nghị Chi cục Hải quan khu vực XIII',
  '- Chỉ đạo lực lượng Hải quan phối hợp chặt chẽ với lực lượng chuyên trách.',
  '1.4. Ban hành kế hoạch tuyên truyền trong trường học',
  '- Thời gian thực hiện: Quý II/2026.',
  '2. Sở Tài chính',
  'a) Tham mưu Ủy ban nhân dân tỉnh chỉ đạo tháo gỡ khó khăn, vướng mắc trong giải ngân vốn.',
  'b) Tiếp tục theo dõi, đôn đốc các cơ quan, đơn vị thực hiện các kiến nghị sau thanh tra.',
  '3. Về cải cách thể chế',
  'Giao Sở Tư pháp chủ trì, phối hợp với các cơ quan, đơn vị liên quan:',
  'a) Tổ chức rà soát toàn bộ hệ thống văn bản quy phạm pháp luật thuộc thẩm quyền của địa phương.',
  '4. Giao Sở Nội vụ:',
  '- Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tự đánh giá chỉ số cải cách hành chính.',
  'III. TỔ CHỨC THỰC HIỆN',
  'Các sở, ban, ngành triển khai thực hiện Kế hoạch này./.',
  'Nơi nhận:',
  '- Bộ Công an;',
  '- Lưu: VT, NC.',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Nguyễn Văn Bình',
].join('\n');

describe('tasks assigned by agency', () => {
  const { plan } = importText(TEXT);
  const tasks = bodyTasks(plan);

  it('read the agency heading as the task’s lead, whole or before its colon', () => {
    expect(tasks.map((t) => t.fields?.lead ?? null)).toEqual([
      'Công an tỉnh',
      'Sở Nông nghiệp và Môi trường',
      'Đề nghị Chi cục Hải quan khu vực XIII',
      null,
      // The tasks a), b) under "2. Sở Tài chính" are led by it; "Giao Sở Nội vụ:" assigns the Sở.
      'Sở Tài chính',
      'Sở Tài chính',
      'Sở Tư pháp',
      'Sở Nội vụ',
    ]);
    // "Giao Sở Tư pháp chủ trì, phối hợp với …:" over a group names both agencies of its tasks.
    expect(tasks[6]?.fields?.coordinating).toBe('các cơ quan, đơn vị liên quan');
    expect(tasks[0]?.body.length).toBe(1);
    // A task written as a sentence keeps its own fields, and no lead is made up for it.
    expect(tasks[3]?.fields?.timeline).toBe('Quý II/2026.');
  });

  it('print the heading once: the lead it names is not printed again', () => {
    const lines = layoutPlan(plan, { draft: false })
      .sections.flatMap((s) => s.blocks)
      .flatMap((b) => (b.type === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));
    expect(lines).toContain('1.1. Công an tỉnh:');
    expect(lines.some((l) => l.includes('chủ trì: Công an tỉnh'))).toBe(false);
    expect(lines.some((l) => l.includes('chủ trì: Sở Nông nghiệp'))).toBe(false);
    expect(lines.some((l) => l.includes('chủ trì: Sở Tài chính'))).toBe(false);
    expect(lines.some((l) => l.includes('chủ trì: Sở Nội vụ'))).toBe(false);
    expect(lines).toContain('4. Giao Sở Nội vụ:');
    expect(lines).toContain('Giao Sở Tư pháp chủ trì, phối hợp với các cơ quan, đơn vị liên quan:');
    expect(lines.some((l) => l.includes('phối hợp: các cơ quan'))).toBe(false);
    expect(lines).toContain('- Thời gian thực hiện: Quý II/2026.');
  });

  it('agency names, not sentences that begin like one', () => {
    expect(agencyHeading('Các sở, ban, ngành, địa phương:')).toBe('Các sở, ban, ngành, địa phương');
    expect(agencyHeading('Ủy ban nhân dân cấp xã')).toBe('Ủy ban nhân dân cấp xã');
    expect(agencyHeading('Bộ Chỉ huy quân sự tỉnh')).toBe('Bộ Chỉ huy quân sự tỉnh');
    expect(agencyHeading('Ban hành kế hoạch tuyên truyền')).toBeNull();
    expect(agencyHeading('Phòng ngừa tội phạm ma túy trong trường học')).toBeNull();
    expect(agencyHeading('Hội nghị tổng kết: đánh giá kết quả')).toBeNull();
    expect(agencyHeading('Sở Tư pháp chủ trì thực hiện.')).toBeNull();
  });
});
