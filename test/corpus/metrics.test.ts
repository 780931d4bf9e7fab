import { describe, expect, it } from 'vitest';
import type { PlanCitation } from '../../shared/citations/planCitations.ts';
import type { LabelCitation } from '../fixtures/real/labelSchema.ts';
import { citationScore, recipientsFound, tasksFound, textKept } from './metrics.ts';

const task = (title: string) => ({
  title,
  lead: null,
  coordinating: null,
  timeline: null,
  deliverable: null,
  where: 'appendix' as const,
});
const labelled = (
  numberSymbol: string | null,
  text: string,
  type: LabelCitation['type'] = 'quyet-dinh',
): LabelCitation => ({ text, type, numberSymbol, date: null, issuer: null });
const extracted = (numberSymbol: string | null, name: string | null = null): PlanCitation =>
  ({ numberSymbol, name, expandedName: name }) as PlanCitation;

describe('corpus metrics', () => {
  it('text kept: case, dashes, final punctuation aside; a renumbered paragraph is kept but listed', () => {
    const kept = textKept(
      [
        'ỦY BAN NHÂN DÂN',
        'Độc lập – Tự do – Hạnh phúc',
        'Căn cứ Luật A;',
        'a) Mục tiêu',
        '-------',
        'Đoạn mất',
      ],
      ['Ủy ban nhân dân', 'ĐỘC LẬP - TỰ DO - HẠNH PHÚC', 'Căn cứ Luật A.', '1.1. Mục tiêu'],
    );
    expect(kept.lost).toEqual(['đoạn mất']);
    expect(kept.renumbered).toEqual(['a) mục tiêu']);
    expect([kept.hit, kept.of]).toEqual([4, 5]);
  });

  it('text kept: the tone of "hoà"/"hòa" and the space before the number\'s "/" aside, nothing else', () => {
    const kept = textKept(
      [
        'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Số: 666 /TTr-SNV',
        'ngang bộ, Uỷ ban nhân dân tỉnh',
        // Still lost: another number, a slash inside the text, a word whose tone differs.
        'Số: 667 /TTr-SNV',
        'Sở Tư pháp / Sở Nội vụ',
        'công tác hoàn thành',
      ],
      [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Số: 666/TTr-SNV',
        'ngang bộ, Ủy ban nhân dân tỉnh; Sở Tư pháp/Sở Nội vụ; công tác hoàn thiện',
      ],
    );
    expect(kept.lost).toEqual(['số: 667/ttr-snv', 'sở tư pháp / sở nội vụ', 'công tác hoàn thành']);
  });

  it('tasks match by the first 40 characters of the title, not by a short prefix', () => {
    const found = tasksFound(
      [
        task('Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh năm 2026'),
        task('Sở Tư pháp chủ trì tổ chức hội nghị'),
      ],
      ['1. Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh', 'Sở Tư pháp'],
    );
    expect(found.missing).toEqual(['Sở Tư pháp chủ trì tổ chức hội nghị']);
  });

  it('a per-agency task matches by its group, its duty or its first paragraph, when the leads agree', () => {
    const label = (title: string, lead: string) => ({ ...task(title), lead, where: 'body' as const });
    const found = tasksFound(
      [
        label('Tăng cường công tác tuyên truyền, giáo dục, phòng ngừa tội phạm ma túy', 'Công an tỉnh'),
        label('Tăng cường công tác tuyên truyền, giáo dục, phòng ngừa tội phạm ma túy', 'Sở Y tế'),
        label('Quản lý chặt chẽ việc sản xuất, buôn bán thuốc thú y có chứa chất ma túy', 'Sở Nông nghiệp'),
        label('Chủ động tham mưu ban hành các văn bản triển khai các văn bản quy phạm', 'Công an tỉnh'),
        label('Về cải cách thể chế', 'Sở Tư pháp'),
        label('Về cải cách tổ chức bộ máy', 'Sở Nội vụ'),
      ],
      [
        {
          title: 'Công an tỉnh',
          lead: 'Công an tỉnh',
          group: 'Tăng cường công tác tuyên truyền, giáo dục, phòng ngừa tội phạm ma túy',
          firstParagraph: '- Chủ động tham mưu ban hành các văn bản triển khai các văn bản quy phạm',
        },
        {
          title: 'Sở Nông nghiệp và Môi trường: Quản lý chặt chẽ việc sản xuất, buôn bán thuốc thú y có chứa',
          lead: 'Sở Nông nghiệp và Môi trường',
        },
        {
          title: 'Tổ chức rà soát toàn bộ hệ thống văn bản',
          lead: 'Sở Tư pháp',
          group: 'Về cải cách thể chế',
        },
        {
          title: 'Tiếp tục đề xuất cải cách bộ máy',
          lead: 'Sở Tài chính',
          group: 'Về cải cách tổ chức bộ máy',
        },
      ],
    );
    // Sở Y tế's block was not read as a task with that lead: the group heading alone does not match.
    // Nor does a group whose tasks the product gave another lead.
    expect(found.missing).toEqual([
      'Tăng cường công tác tuyên truyền, giáo dục, phòng ngừa tội phạm ma túy',
      'Về cải cách tổ chức bộ máy',
    ]);
    expect(found.hit).toBe(4);
  });

  it('recipients ignore the dash and the final ";"', () => {
    expect(recipientsFound(['Bộ Nội vụ;', 'TT. Tỉnh ủy;'], ['- Bộ Nội vụ', 'Sở Tư pháp;']).missing).toEqual([
      'TT. Tỉnh ủy;',
    ]);
  });

  it('citations: recall and precision over distinct keys, laws by name', () => {
    const score = citationScore(
      [
        labelled('05/KH-UBND', 'Kế hoạch số 05/KH-UBND'),
        labelled(null, 'Luật Luật sư năm 2006', 'luat'),
        labelled('9/QĐ-TTg', 'x'),
      ],
      [
        extracted('5/KH-UBND'),
        extracted(null, 'Luật Luật sư'),
        extracted('1/QĐ-UBND'),
        extracted('5/KH-UBND'),
      ],
    );
    expect(score).toMatchObject({
      labelled: 3,
      extracted: 3,
      truePositives: 2,
      missed: ['9/QĐ-TTg'],
      extra: ['1/QĐ-UBND'],
    });
  });
});
