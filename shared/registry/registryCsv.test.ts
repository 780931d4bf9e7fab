import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';
import type { RegistryDoc } from './registryDoc.ts';
import { formatRegistryCsv, parseRegistryCsv } from './registryCsv.ts';

const docs: RegistryDoc[] = [
  {
    id: 'a1',
    type: 'Quyết định',
    number: '705',
    year: null,
    symbol: 'QĐ-TTg',
    numberSymbol: '705/QĐ-TTg',
    date: '2017-05-25',
    issuer: 'Thủ tướng Chính phủ',
    summary: 'Ban hành Chương trình phổ biến, giáo dục pháp luật giai đoạn 2017 - 2021',
    name: null,
    status: 'unknown',
    replacedBy: null,
    source: 'Kế hoạch số 108/KH-UBND ngày 15/6/2017 của UBND tỉnh Yên Bái',
    note: 'Dòng 1; có "ngoặc kép"\nvà dòng 2',
    effectiveFrom: null,
    effectiveUntil: null,
    successors: [],
  },
  {
    id: 'a2',
    type: 'Nghị định',
    number: '110',
    year: 2004,
    symbol: 'NĐ-CP',
    numberSymbol: '110/2004/NĐ-CP',
    date: '2004-04-08',
    issuer: 'Chính phủ',
    summary: 'Về công tác văn thư',
    name: null,
    status: 'replaced',
    replacedBy: '30/2020/NĐ-CP',
    source: 'nguồn',
    note: '=1+2 không phải công thức',
    effectiveFrom: null,
    effectiveUntil: '2020-08-01',
    successors: ['30/2020/NĐ-CP'],
  },
  {
    id: 'a3',
    type: 'Luật',
    number: '14',
    year: 2012,
    symbol: 'QH13',
    numberSymbol: '14/2012/QH13',
    date: '2012-06-20',
    issuer: 'Quốc hội',
    summary: 'Luật Phổ biến, giáo dục pháp luật',
    name: 'Luật Phổ biến, giáo dục pháp luật',
    status: 'in_force',
    replacedBy: null,
    source: 'nguồn',
    note: '',
    effectiveFrom: '2013-01-01',
    effectiveUntil: null,
    successors: [],
  },
];

describe('registry CSV', () => {
  it('round-trips Vietnamese text, commas, quotes and line breaks', () => {
    const csv = formatRegistryCsv(docs);
    expect(csv.startsWith('\uFEFFMã,Loại văn bản')).toBe(true);
    const back = parseRegistryCsv(csv);
    expect(back.errors).toEqual([]);
    expect(back.rows.map((r) => ({ id: r.id, ...r.fields }))).toEqual(docs);
  });

  it('defuses spreadsheet formulas on export and restores them on import', () => {
    const csv = formatRegistryCsv([docs[1]!]);
    expect(csv).toContain("'=1+2");
    expect(parseRegistryCsv(csv).rows[0]?.fields.note).toBe('=1+2 không phải công thức');
  });

  it('reports bad lines with their line numbers and keeps the good ones', () => {
    const csv = [
      'Loại văn bản,Số ký hiệu,Ngày ban hành,Cơ quan ban hành,Trích yếu',
      'Nghị định,30/2020/NĐ-CP,05/03/2020,Chính phủ,Về công tác văn thư',
      'Nghị định,31/2020/NĐ-CP,31/02/2020,Chính phủ,"Ngày không tồn tại, bị từ chối"',
      ',32/2020/NĐ-CP,01/03/2020,Chính phủ,Thiếu loại',
      'Quyết định,705/QĐ-TTg,25/5/2017,Thủ tướng Chính phủ,"Trích yếu',
      'trên hai dòng"',
      'Quyết định,,25/5/2017,Thủ tướng Chính phủ,Thiếu số',
    ].join('\n');
    const { rows, errors } = parseRegistryCsv(csv);
    expect(rows.map((r) => [r.line, r.fields.numberSymbol, r.fields.date])).toEqual([
      [2, '30/2020/NĐ-CP', '2020-03-05'],
      [5, '705/QĐ-TTg', '2017-05-25'],
    ]);
    expect(rows[1]?.fields.summary).toBe('Trích yếu trên hai dòng');
    expect(errors.map((e) => e.line)).toEqual([3, 4, 7]);
    expect(errors[0]?.message).toContain('31/02/2020');
    expect(errors[0]?.messageEn).toContain('does not exist');
    expect(errors[1]?.message).toContain('Thiếu loại văn bản');
    expect(errors[1]?.messageEn).toContain('type is missing');
  });

  it('reads the semicolon-separated files of Vietnamese-locale Excel', () => {
    const csv = '\uFEFFLoại văn bản;Số, ký hiệu;Ngày ban hành\r\nLuật;35/2013/QH13;20/06/2013\r\n';
    const { rows, errors } = parseRegistryCsv(csv);
    expect(errors).toEqual([]);
    expect(rows[0]?.fields).toMatchObject({
      type: 'Luật',
      number: '35',
      year: 2013,
      symbol: 'QH13',
      date: '2013-06-20',
    });
  });

  it('reports an unterminated quote and an invalid status', () => {
    const open = parseRegistryCsv('type,numberSymbol\nLuật,"14/2012/QH13\n');
    expect(open.errors.map((e) => e.line)).toEqual([2]);
    const status = parseRegistryCsv('type,numberSymbol,status\nLuật,14/2012/QH13,có lẽ\n');
    expect(status.errors[0]).toMatchObject({ line: 2 });
    expect(status.rows).toEqual([]);
  });

  it('refuses a file without a type column', () => {
    const r = parseRegistryCsv('Số ký hiệu,Ngày\n705/QĐ-TTg,25/5/2017\n');
    expect(r.rows).toEqual([]);
    expect(r.errors[0]?.line).toBe(1);
  });
});

describe('parseCsv', () => {
  it('counts physical lines across quoted line breaks', () => {
    const r = parseCsv('a,b\r\n"x\r\ny",z\r\n\r\nlast,1');
    expect(r.records.map((x) => x.line)).toEqual([1, 2, 5]);
    expect(r.records[1]?.fields).toEqual(['x\r\ny', 'z']);
  });
});
