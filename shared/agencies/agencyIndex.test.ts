import agencyJson from '../../templates/agencies/agencies.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { entriesFromDirectory } from './agencyEntry.ts';
import { createAgencyIndex, existsOn, existsThroughYear, planDate, writtenName } from './agencyIndex.ts';
import { agencyDirectorySchema } from './agencySchema.ts';

const entries = entriesFromDirectory(agencyDirectorySchema.parse(agencyJson));
const langSon = createAgencyIndex(entries, 'lang-son');

describe('the built-in directory as entries', () => {
  it('keeps every agency and group, each with at least one source title', () => {
    const dir = agencyDirectorySchema.parse(agencyJson);
    expect(entries).toHaveLength(dir.agencies.length + dir.groups.length);
    expect(entries.filter((e) => e.sources.length === 0)).toEqual([]);
  });

  it('names the source of the end of Sở Tài nguyên và Môi trường (Lạng Sơn)', () => {
    const e = langSon.byId('lang-son-so-tai-nguyen-va-moi-truong');
    expect(e?.validUntil).toBe('2025-03-01');
    expect(e?.sources.find((s) => s.facts.includes('validUntil'))?.title).toMatch(/Nghị quyết 04/);
  });
});

describe('resolving names as plans write them (seed and real plans)', () => {
  it.each([
    ['Sở Tư pháp.', 'lang-son-so-tu-phap'],
    // Nơi nhận of the seed and of the Vĩnh Long plan (test/fixtures)
    ['Vụ PBGDPL- Bộ Tư pháp;', 'vu-pho-bien-giao-duc-phap-luat'],
    ['- Vụ PBGDPL - Bộ Tư pháp;', 'vu-pho-bien-giao-duc-phap-luat'],
    ['UBND các huyện, thành phố;', 'lang-son-ubnd-cac-huyen-thanh-pho'],
    ['Ủy ban MTTQVN tỉnh;', 'lang-son-uy-ban-mttq-tinh'],
    ['Bộ chỉ huy Bộ đội biên phòng tỉnh', 'lang-son-bo-chi-huy-bo-doi-bien-phong-tinh'],
    ['Đài Phát thanh và Truyền hình tỉnh', 'lang-son-dai-phat-thanh-va-truyen-hinh'],
    ['UBND huyện Cao Lộc', 'lang-son-ubnd-huyen-cao-loc'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'lang-son-uy-ban-mttq-tinh'],
    ['Bộ CHQS tỉnh', 'lang-son-bo-chi-huy-quan-su-tinh'],
  ])('%s → %s', (text, id) => {
    expect(langSon.resolve(text, '2021-01-05')?.id).toBe(id);
  });

  it('picks the body that exists on the date when a name was reused after a merger', () => {
    expect(langSon.resolve('Sở Tài chính', '2024-06-01')?.id).toBe('lang-son-so-tai-chinh');
    expect(langSon.resolve('Sở Tài chính', '2027-01-01')?.id).toBe('lang-son-so-tai-chinh-2025');
  });

  it('leaves unknown names unknown', () => {
    expect(langSon.resolve('Các cơ quan, đơn vị có liên quan', '2021-01-01')).toBeNull();
  });
});

describe('mentions in running text', () => {
  // A sentence of test/fixtures/plan-pbgdpl-hoagiai-2022.txt, with a department added.
  const text =
    'Các sở, ban, ngành, UBND các huyện, thành phố căn cứ nhiệm vụ được giao, phối hợp với Sở Tài nguyên và Môi trường.';
  it('finds groups and agencies at their offsets, longest name first', () => {
    const m = langSon.mentions(text);
    expect(m.map((x) => text.slice(x.start, x.end))).toEqual([
      'UBND các huyện, thành phố',
      'Sở Tài nguyên và Môi trường',
    ]);
  });
  it('needs a capital: "nhiệm vụ PBGDPL" names no agency', () => {
    expect(langSon.mentions('thực hiện nhiệm vụ PBGDPL năm 2021')).toEqual([]);
  });
  it('reads upper-case header and signature lines', () => {
    const m = langSon.mentions('GIÁM ĐỐC SỞ KẾ HOẠCH VÀ ĐẦU TƯ');
    expect(m[0]?.entries.map((e) => e.id)).toEqual(['lang-son-so-ke-hoach-va-dau-tu']);
  });
});

describe('suggestions (autocomplete)', () => {
  const texts = (q: string, date: string | null) => langSon.suggest(q, date, 5).map((s) => s.text);
  it('finds by abbreviation and by accent-insensitive prefix', () => {
    expect(texts('stp', '2027-01-01')[0]).toBe('Sở Tư pháp');
    expect(texts('so tu', '2027-01-01')[0]).toBe('Sở Tư pháp');
    expect(texts('CHQS', '2027-01-01')[0]).toBe('Bộ Chỉ huy Quân sự tỉnh');
    expect(texts('ubnd cac', '2027-01-01')[0]).toBe('UBND các xã, phường');
  });
  it('offers bodies valid on the plan date first', () => {
    const ended = langSon.suggest('tai nguyen', '2027-01-01', 5);
    expect(ended.every((s) => !s.valid)).toBe(true);
    expect(ended.map((s) => s.text)).toContain('Sở Tài nguyên và Môi trường');
    const mixed = langSon.suggest('so nong nghiep', '2027-01-01', 5);
    expect(mixed.map((s) => [s.text, s.valid])).toEqual([
      ['Sở Nông nghiệp và Môi trường', true],
      ['Sở Nông nghiệp và Phát triển nông thôn', false],
    ]);
    const before = langSon.suggest('so tai nguyen', '2021-01-01', 5);
    expect(before[0]).toMatchObject({ text: 'Sở Tài nguyên và Môi trường', valid: true });
  });
  it('does not offer the generic pattern beside the province’s own body', () => {
    expect(texts('so tu phap', null).filter((t) => t === 'Sở Tư pháp')).toHaveLength(1);
  });
});

describe('groups and dates', () => {
  it('a group covers its members', () => {
    const group = langSon.byId('lang-son-ubnd-cac-huyen-thanh-pho');
    expect(group && langSon.covered(group).has('lang-son-ubnd-huyen-loc-binh')).toBe(true);
  });
  it('validity: validUntil is the first day the body no longer exists', () => {
    const e = { validFrom: null, validUntil: '2025-07-01' };
    expect(existsOn(e, '2025-06-30')).toBe(true);
    expect(existsOn(e, '2025-07-01')).toBe(false);
    expect(existsThroughYear(e, 2025)).toBe(false);
    expect(existsThroughYear(e, 2024)).toBe(true);
  });
  it('a plan is judged on its issue date, else the first day of its year', () => {
    const plan = (day: number | null, month: number | null, year: number | null) => ({
      year: 2027,
      header: { issueDate: { day, month, year } },
    });
    expect(planDate(plan(5, 1, 2027))).toBe('2027-01-05');
    expect(planDate(plan(null, 1, 2021))).toBe('2021-01-01');
    expect(planDate(plan(null, null, null))).toBe('2027-01-01');
  });
  it('writes a provincial department without the province’s name', () => {
    const e = langSon.byId('lang-son-so-nong-nghiep-va-moi-truong');
    expect(e && writtenName(e)).toBe('Sở Nông nghiệp và Môi trường');
  });
});
