import { createMemoryRegistry } from '../registry/memoryRegistry.ts';
import type { RegistryDoc } from '../registry/registryDoc.ts';

/** A registry entry for tests: Luật 80/2015/QH13 unless `over` says otherwise. */
export const registryDoc = (over: Partial<RegistryDoc>): RegistryDoc => ({
  id: 'luat-80',
  type: 'Luật',
  number: '80',
  year: 2015,
  symbol: 'QH13',
  numberSymbol: '80/2015/QH13',
  date: '2015-06-22',
  issuer: 'Quốc hội',
  summary: '',
  name: 'Luật Ban hành văn bản quy phạm pháp luật',
  status: 'in_force',
  replacedBy: null,
  source: 'Công báo',
  note: '',
  ...over,
});

/**
 * The registry the rule examples run with (ruleExamples.testkit.ts): documents the seed does not cite — a law replaced in 2025 and its successor, an
 * expired decision, a law not yet in force in 2021 — and the seed's programme 705/QĐ-TTg.
 */
export const TEST_REGISTRY = createMemoryRegistry([
  registryDoc({
    status: 'replaced',
    replacedBy: '64/2025/QH15',
    effectiveFrom: '2016-07-01',
    effectiveUntil: '2025-04-01',
  }),
  registryDoc({
    id: 'luat-64',
    number: '64',
    year: 2025,
    symbol: 'QH15',
    numberSymbol: '64/2025/QH15',
    date: '2025-02-19',
    status: 'unknown',
    effectiveFrom: '2025-04-01',
  }),
  registryDoc({
    id: 'luat-67',
    number: '67',
    year: 2020,
    symbol: 'QH14',
    numberSymbol: '67/2020/QH14',
    date: '2020-11-13',
    name: 'Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính',
    status: 'unknown',
    effectiveFrom: '2022-01-01',
  }),
  registryDoc({
    id: 'qd-999',
    type: 'Quyết định',
    number: '999',
    year: null,
    symbol: 'QĐ-UBND',
    numberSymbol: '999/QĐ-UBND',
    date: '2019-03-01',
    issuer: 'UBND tỉnh',
    name: null,
    status: 'expired',
  }),
  registryDoc({
    id: 'qd-705',
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
  }),
]);
