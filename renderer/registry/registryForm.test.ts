import { describe, expect, it } from 'vitest';
import { completeRegistryInput } from '../../shared/registry/registryInput.ts';
import type { RegistryDoc } from '../../shared/registry/registryDoc.ts';
import { EMPTY_FORM, exportFileName, formFromDoc, inputFromForm, isoToVn } from './registryForm.ts';

const doc705: RegistryDoc = {
  id: 'seed-qd-705-2017-ttg',
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
  source: 'https://vanban.chinhphu.vn/',
  note: '',
  effectiveFrom: null,
  effectiveUntil: '2022-01-01',
  successors: [],
};

describe('registry form', () => {
  it('shows a document with its date as drafters write it, and sends back the same document', () => {
    const form = formFromDoc(doc705);
    expect(form.date).toBe('25/05/2017');
    const { id: _id, ...fields } = doc705;
    expect(completeRegistryInput(inputFromForm(form))).toEqual({ ok: true, fields });
  });

  it('sends NFC text, empty as unknown, and a replacement only for a replaced document', () => {
    const input = inputFromForm({
      ...EMPTY_FORM,
      type: ' Kế hoạch '.normalize('NFD'),
      numberSymbol: '113/KH-UBND',
      issuer: 'UBND tỉnh Lạng Sơn'.normalize('NFD'),
      status: 'in_force',
      replacedBy: '200/KH-UBND',
    });
    expect(input).toMatchObject({
      type: 'Kế hoạch',
      issuer: 'UBND tỉnh Lạng Sơn',
      date: null,
      name: null,
      replacedBy: null,
    });
    expect(
      inputFromForm({ ...EMPTY_FORM, type: 'Kế hoạch', status: 'replaced', replacedBy: ' 200/KH-UBND ' })
        .replacedBy,
    ).toBe('200/KH-UBND');
  });

  it('names the export by the day', () => {
    expect(exportFileName(new Date(2025, 0, 9))).toBe('so-van-ban-2025-01-09.csv');
    expect(isoToVn(null)).toBe('');
  });
});
