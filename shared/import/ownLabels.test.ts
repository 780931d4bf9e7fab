import { describe, expect, it } from 'vitest';
import { fieldLens } from '../model/fields/fieldLens.ts';
import { parsePlan } from '../model/parsePlan.ts';
import { planBlocks } from '../compare/planBlocks.ts';
import { layoutPlan } from '../format/layout/layoutPlan.ts';
import { importText } from './importText.ts';

// A Sở's plan names its own units: "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm".
const TEXT = [
  'UBND TỈNH LÀO CAI',
  'SỞ CÔNG THƯƠNG',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 134/KH-SCT',
  'Lào Cai, ngày 26 tháng 3 năm 2026',
  'KẾ HOẠCH',
  'Phổ biến, giáo dục pháp luật năm 2026',
  'I. MỤC ĐÍCH, YÊU CẦU',
  'Nâng cao ý thức chấp hành pháp luật của cán bộ, công chức.',
  'II. NỘI DUNG THỰC HIỆN',
  '1. Tuyên truyền Luật Thương mại điện tử',
  '- Đơn vị chủ trì: Phòng Quản lý thương mại.',
  '- Đơn vị phối hợp: Văn phòng Sở.',
  '- Thời gian hoàn thành: Quý II năm 2026.',
  '- Sản phẩm: Hội nghị được tổ chức.',
  '2. Rà soát văn bản quy phạm pháp luật',
  '- Cơ quan chủ trì: Thanh tra Sở.',
  '- Thời gian hoàn thành: Tháng 6 năm 2026.',
  'III. TỔ CHỨC THỰC HIỆN',
  'Các phòng, đơn vị thuộc Sở triển khai thực hiện Kế hoạch này./.',
  'Nơi nhận:',
  '- UBND tỉnh;',
  '- Lưu: VT, VP.',
  'GIÁM ĐỐC',
  'Nguyễn Văn Bình',
].join('\n');

const printed = (plan: Parameters<typeof layoutPlan>[0]): string[] =>
  layoutPlan(plan, { draft: false })
    .sections.flatMap((s) => s.blocks)
    .flatMap((b) => (b.type === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));

describe("the plan's own field labels", () => {
  const { plan } = importText(TEXT);

  it('are kept from the import: the first label met for each field is the plan’s', () => {
    expect(plan.taskLabels).toEqual({
      lead: 'Đơn vị chủ trì',
      coordinating: 'Đơn vị phối hợp',
      timeline: 'Thời gian hoàn thành',
      deliverable: 'Sản phẩm',
    });
    expect(parsePlan(plan).ok).toBe(true);
  });

  it('are printed instead of the defaults, in the export layout and in compare', () => {
    const lines = printed(plan);
    expect(lines).toContain('- Đơn vị chủ trì: Phòng Quản lý thương mại.');
    expect(lines).toContain('- Thời gian hoàn thành: Quý II năm 2026.');
    expect(lines).toContain('- Sản phẩm: Hội nghị được tổ chức.');
    expect(lines.some((l) => l.startsWith('- Cơ quan chủ trì'))).toBe(false);
    expect(planBlocks(plan).map((b) => b.text)).toContain('Đơn vị phối hợp: Văn phòng Sở.');
  });

  it('a plan without labels of its own prints the defaults; clearing a label restores the default', () => {
    const lens = fieldLens({ kind: 'taskLabel', field: 'lead' });
    let p = lens.kind === 'line' ? lens.set(plan, '') : plan;
    expect(p.taskLabels?.lead).toBeUndefined();
    expect(printed(p)).toContain('- Cơ quan chủ trì: Phòng Quản lý thương mại.');
    for (const f of ['coordinating', 'timeline', 'deliverable'] as const) {
      const l = fieldLens({ kind: 'taskLabel', field: f });
      if (l.kind === 'line') p = l.set(p, '  ');
    }
    expect('taskLabels' in p).toBe(false);
    const seed = importText(TEXT.replace(/Đơn vị chủ trì/u, 'Cơ quan chủ trì'));
    expect(seed.plan.taskLabels?.lead).toBeUndefined();
  });
});
