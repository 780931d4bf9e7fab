import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { elementLines } from './registryJson.ts';
import { detectImportFormat, parseRegistryImport } from './registryImport.ts';

const snapshot = readFileSync(
  new URL('../../test/fixtures/registry/snapshot-vbpl.csv', import.meta.url),
  'utf8',
);

describe('registry import with the columns of the public databases', () => {
  const r = parseRegistryImport(snapshot);

  it('reads the vbpl.vn columns, ignores the ones the registry does not keep (STT, Người ký)', () => {
    expect(r.rows.map((x) => x.fields.numberSymbol)).toEqual([
      '80/2015/QH13',
      '64/2025/QH15',
      '14/2012/QH13',
    ]);
    expect(r.errors.some((e) => e.message.includes('cột không rõ'))).toBe(false);
    const [law80] = r.rows;
    expect(law80?.fields).toMatchObject({
      type: 'Luật',
      date: '2015-06-22',
      issuer: 'Quốc hội',
      effectiveFrom: '2016-07-01',
      effectiveUntil: '2025-04-01',
      // "Hết hiệu lực toàn bộ" with a replacing document: replaced by it.
      status: 'replaced',
      replacedBy: '64/2025/QH15',
      successors: ['64/2025/QH15'],
    });
    expect(r.rows[1]?.fields.status).toBe('in_force');
  });

  it('"Hết hiệu lực một phần" is still a basis, with a note of what the source says', () => {
    expect(r.rows[2]?.fields.status).toBe('in_force');
    expect(r.rows[2]?.fields.note).toBe('Hết hiệu lực một phần (theo nguồn).');
  });

  it('refuses a line with a date that does not exist, naming its line, in Vietnamese and English', () => {
    expect(r.rejected).toBe(1);
    expect(r.errors).toEqual([
      { line: 4, message: 'Ngày "31/02/2016" không tồn tại', messageEn: 'Date "31/02/2016" does not exist' },
    ]);
  });

  it('refuses validity dates out of order and unknown statuses', () => {
    const csv = [
      'Số ký hiệu,Loại văn bản,Ngày ban hành,Ngày có hiệu lực,Ngày hết hiệu lực,Tình trạng hiệu lực',
      '31/2020/NĐ-CP,Nghị định,05/03/2020,05/03/2020,01/01/2020,',
      '32/2020/NĐ-CP,Nghị định,05/03/2020,,,Có hiệu lực lắm',
      '33/2020/NĐ-CP,Nghị định,05/03/2020,30/02/2020,,',
    ].join('\n');
    const p = parseRegistryImport(csv);
    expect(p.rows).toEqual([]);
    expect(p.errors.map((e) => [e.line, e.message])).toEqual([
      [2, 'Ngày hết hiệu lực 01/01/2020 không sau ngày có hiệu lực, ngày ban hành'],
      [
        3,
        'Tình trạng hiệu lực "Có hiệu lực lắm" không hợp lệ (Còn hiệu lực, Hết hiệu lực, Hết hiệu lực một phần, Bị thay thế, Chưa có hiệu lực, Chưa rõ)',
      ],
      [4, 'Ngày có hiệu lực: Ngày "30/02/2020" không tồn tại'],
    ]);
    expect(
      p.errors.every(
        (e) => e.messageEn.length > 0 && !/[ạảấầậđ]/u.test(e.messageEn.replace(/"[^"]*"/gu, '')),
      ),
    ).toBe(true);
  });

  it('a file without the validity columns leaves them undefined (an update keeps what the entry has)', () => {
    const p = parseRegistryImport('Loại văn bản,Số ký hiệu,Ngày ban hành\nLuật,14/2012/QH13,20/06/2012\n');
    expect(p.rows[0]?.fields.effectiveFrom).toBeUndefined();
    expect(p.rows[0]?.fields.successors).toBeUndefined();
  });
});

describe('registry JSON import', () => {
  const json = `{
  "documents": [
    {
      "Số ký hiệu": "705/QĐ-TTg",
      "Loại văn bản": "Quyết định",
      "Ngày ban hành": "25/05/2017",
      "Cơ quan ban hành": "Thủ tướng Chính phủ",
      "Trích yếu": "Ban hành Chương trình phổ biến, giáo dục pháp luật giai đoạn 2017 - 2021",
      "Văn bản thay thế": [],
      "Nguồn": "vbpl.vn"
    },
    { "numberSymbol": "30/2020/NĐ-CP", "type": "Nghị định", "date": "2020-03-05", "effectiveFrom": "2020-03-05" },
    { "Số ký hiệu": "12/QĐ-UBND", "Loại văn bản": "Quyết định", "Ngày ban hành": "2020-13-01" },
    "không phải văn bản",
    { "Số ký hiệu": "1/QĐ-UBND", "Loại văn bản": "Quyết định", "Mức độ": "cao" }
  ]
}`;
  it('takes the same keys as the CSV columns and reports each refused object on its line', () => {
    expect(detectImportFormat(json)).toBe('json');
    expect(elementLines(json)).toEqual([3, 12, 13, 14, 15]);
    const p = parseRegistryImport(json);
    expect(p.rows.map((r) => [r.line, r.fields.numberSymbol])).toEqual([
      [3, '705/QĐ-TTg'],
      [12, '30/2020/NĐ-CP'],
      [15, '1/QĐ-UBND'],
    ]);
    expect(p.rejected).toBe(2);
    expect(p.errors.map((e) => [e.line, e.message])).toEqual([
      [1, 'Bỏ qua trường không rõ: Mức độ'],
      [13, 'Ngày "2020-13-01" không tồn tại'],
      [14, 'Phần tử không phải một văn bản (đối tượng JSON)'],
    ]);
  });
  it('a file that is not JSON says so with its line', () => {
    const p = parseRegistryImport('[\n{"a": 1},\n{"b": }\n]', 'json');
    expect(p.errors[0]?.message).toBe('Tệp JSON không đúng cú pháp');
    expect(p.errors[0]?.messageEn).toBe('The JSON file is not valid JSON');
    expect(p.rows).toEqual([]);
  });
});
