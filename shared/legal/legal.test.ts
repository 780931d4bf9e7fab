import { describe, expect, it } from 'vitest';
import { issuerAgreement, issuerCode } from '../citations/issuers.ts';
import { canonicalSegment } from '../citations/docTypes.ts';
import { DEFAULT_ACCEPTED_ABBREVIATIONS } from '../checks/context.ts';
import { CLAUSE as FINDING_CLAUSE } from '../checks/finding.ts';
import { ACCEPTED_ABBREVIATIONS } from './abbreviations.ts';
import { CLAUSE, CLAUSES } from './clauses.ts';
import {
  DOCUMENT_TYPES,
  DocumentTypeSchema,
  documentTypeByCode,
  documentTypeByName,
} from './documentTypes.ts';
import { ISSUERS } from './issuers.ts';
import { LAW_TITLES } from './lawTitles.ts';
import { SOURCES } from './sources.ts';

describe('document types (NĐ 30/2020, Phụ lục III and the Party’s rules)', () => {
  it.each([
    ['KH', 'Kế hoạch'],
    ['QĐ', 'Quyết định'],
    ['CT', 'Chỉ thị'],
    ['NQ', 'Nghị quyết'],
    ['TB', 'Thông báo'],
    ['HD', 'Hướng dẫn'],
    ['CTr', 'Chương trình'],
    ['ĐA', 'Đề án'],
    ['BC', 'Báo cáo'],
    ['TTr', 'Tờ trình'],
    ['QC', 'Quy chế'],
    ['QyĐ', 'Quy định'],
    ['PA', 'Phương án'],
    ['KL', 'Kết luận'],
  ])('%s names %s, case-insensitively', (code, name) => {
    expect(documentTypeByCode(code)?.name).toBe(name);
    expect(documentTypeByCode(code.toLowerCase())?.name).toBe(name);
  });
  it('a công văn has no code: its symbol is issuer-unit', () => {
    expect(documentTypeByName('công văn')).toMatchObject({ codes: [], free: true, source: 'nd30Article7' });
  });
  it('states who carries a year, and the Party’s types', () => {
    expect(documentTypeByName('Nghị định')?.year).toBe('always');
    expect(documentTypeByName('Quyết định')?.year).toBe('when-normative');
    expect(documentTypeByName('Kế hoạch')?.year).toBe('never');
    expect(documentTypeByName('Kết luận')?.system).toBe('party');
    expect(documentTypeByName('Pháp lệnh')?.assembly).toBe(true);
    expect(documentTypeByName('Quyết định')?.assembly).toBeUndefined();
    expect(documentTypeByName('KẾ HOẠCH')?.upperName).toBe('KẾ HOẠCH');
  });
  it('every record names its source and its upper-case name', () => {
    for (const t of DOCUMENT_TYPES) {
      expect(SOURCES[t.source]).toBeTruthy();
      expect(t.upperName).toBe(t.name.toLocaleUpperCase('vi'));
    }
  });
  it('the schema refuses a record whose upper-case name or own code is wrong', () => {
    const good = {
      name: 'Kế hoạch',
      upperName: 'KẾ HOẠCH',
      codes: ['KH'],
      ownCode: 'KH',
      year: 'never',
      system: 'both',
      source: 'nd30Appendix3',
    };
    expect(DocumentTypeSchema.safeParse(good).success).toBe(true);
    expect(DocumentTypeSchema.safeParse({ ...good, upperName: 'KE HOACH' }).success).toBe(false);
    expect(DocumentTypeSchema.safeParse({ ...good, ownCode: 'QĐ' }).success).toBe(false);
    expect(DocumentTypeSchema.safeParse({ ...good, source: 'hearsay' }).success).toBe(false);
  });
  it('mixed-case codes come from the records', () => {
    expect(['CTR', 'TTR', 'QYĐ', 'TTG', 'ubnd'].map(canonicalSegment)).toEqual([
      'CTr',
      'TTr',
      'QyĐ',
      'TTg',
      'UBND',
    ]);
  });
});

describe('issuers', () => {
  it('each issuer’s own name is recognised as its code', () => {
    for (const i of ISSUERS) expect(issuerCode(i.name), i.name).toBe(i.code);
  });
  it('codes are unique and the near pairs name known codes', () => {
    const codes = ISSUERS.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const i of ISSUERS) for (const n of i.near ?? []) expect(codes).toContain(n);
  });
  it('abbreviated names expand: "Chủ tịch UBND tỉnh" is UBND, "TTg" is the Prime Minister', () => {
    expect(issuerCode('Chủ tịch UBND tỉnh')).toBe('UBND');
    expect(issuerAgreement('Thủ tướng Chính phủ', ['QĐ', 'TTg'])).toBe('agree');
    expect(issuerAgreement('Chính phủ', ['QĐ', 'TTg'])).toBe('near');
    expect(issuerAgreement('Bộ Tư pháp', ['QĐ', 'UBND'])).toBe('conflict');
  });
});

describe('accepted abbreviations and clauses', () => {
  it('the checks accept exactly the records', () => {
    expect(DEFAULT_ACCEPTED_ABBREVIATIONS).toEqual(ACCEPTED_ABBREVIATIONS.map((a) => a.abbreviation));
    expect(DEFAULT_ACCEPTED_ABBREVIATIONS).toContain('UBND');
    expect(ACCEPTED_ABBREVIATIONS.find((a) => a.abbreviation === 'HĐND')?.meaning).toBe('Hội đồng nhân dân');
  });
  it('findings’ clause references are the records’', () => {
    expect(FINDING_CLAUSE).toBe(CLAUSE);
    expect(CLAUSE.number).toBe(CLAUSES.number.ref);
    expect(CLAUSES.typeCode.source).toBe('nd30Appendix3');
  });
});

describe('misspelt codes and law titles (issue 10)', () => {
  it.each([
    ['UNBD', 'UBND'],
    ['unbd', 'UBND'],
    ['Tg', 'TTg'],
    ['UBND', 'UBND'],
  ])('the symbol segment %s is read as %s', (written, code) => {
    expect(canonicalSegment(written)).toBe(code);
  });
  it('no misspelling of one issuer is the code of another, and law titles are distinct', () => {
    const codes = new Set(ISSUERS.map((i) => i.code.toUpperCase()));
    for (const i of ISSUERS)
      for (const m of i.misspelt ?? []) expect(codes.has(m.toUpperCase()), m).toBe(false);
    const titles = LAW_TITLES.map((t) => t.title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
  });
});
