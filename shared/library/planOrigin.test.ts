import { describe, expect, it } from 'vitest';
import { DUPLICATE_NOTE, planOrigin, TEMPLATE_NOTE } from './planOrigin.ts';

const base = { firstNote: '', predecessorId: null, predecessor: null };
const lastYear = { title: 'Phổ biến pháp luật năm 2025', year: 2025, numberSymbol: '05/KH-STP' };

describe('planOrigin', () => {
  it('reads the template and the imported file from the first revision', () => {
    expect(planOrigin({ ...base, firstKind: 'create', firstNote: `${TEMPLATE_NOTE}langson-2021` })).toEqual({
      kind: 'template',
      templateId: 'langson-2021',
    });
    expect(
      planOrigin({
        ...base,
        firstKind: 'import',
        firstNote: 'Nhập từ kế hoạch: 2025.docx: 80/81 đoạn, 8 nhiệm vụ',
      }),
    ).toEqual({ kind: 'import', fileName: 'kế hoạch: 2025.docx' });
    expect(planOrigin({ ...base, firstKind: 'import', firstNote: '' })).toEqual({
      kind: 'import',
      fileName: null,
    });
  });

  it('names the predecessor of a rollover and of an amendment, or says it is gone', () => {
    expect(
      planOrigin({ ...base, firstKind: 'rollover', predecessorId: 'p1', predecessor: lastYear }),
    ).toEqual({ kind: 'rollover', fromTitle: lastYear.title, fromYear: 2025 });
    expect(planOrigin({ ...base, firstKind: 'create', predecessorId: 'p1', predecessor: lastYear })).toEqual({
      kind: 'amendment',
      fromTitle: lastYear.title,
      fromNumber: '05/KH-STP',
    });
    expect(planOrigin({ ...base, firstKind: 'rollover', predecessorId: 'gone' })).toEqual({
      kind: 'rollover',
      fromTitle: null,
      fromYear: null,
    });
  });

  it('recognises a duplicate, and knows nothing of a plan without a first revision', () => {
    expect(planOrigin({ ...base, firstKind: 'create', firstNote: `${DUPLICATE_NOTE}Kế hoạch A` })).toEqual({
      kind: 'duplicate',
      fromTitle: 'Kế hoạch A',
    });
    expect(planOrigin({ ...base, firstKind: null })).toEqual({ kind: 'other' });
  });
});
