import agencyJson from '../../templates/agencies/agencies.json' with { type: 'json' };
import { entriesFromDirectory } from '../agencies/agencyEntry.ts';
import { createAgencyIndex } from '../agencies/agencyIndex.ts';
import { agencyDirectorySchema } from '../agencies/agencySchema.ts';
import type { Item, Plan } from '../model/plan.ts';
import { richFromPlain } from '../model/richText.ts';
import type { VerifyRuleId } from '../verify/verifyRules.ts';
import type { CheckOptions } from './context.ts';
import type { RuleId } from './ruleIds.ts';
import { TEST_REGISTRY } from './testRegistry.testkit.ts';

/**
 * One table of examples for every rule, the check rules and the verifier's alike: each rule is shown
 * failing and passing (ruleExamples.test.ts runs them). The type makes a rule without examples a
 * compile error.
 *
 * Check rules: an example is plan text, appended as the last paragraph of the seed plan's preamble,
 * or a transform of the seed, "@name:argument" (see PLAN_TRANSFORMS). It fails when checking it
 * yields a finding of the rule that the seed itself does not have; it passes when it yields none.
 * Verifier rules: an example names a mutation of the exported seed (VERIFY_MUTATIONS), or "seed"
 * and "issued seed" for the unchanged exports.
 */
export type ExampleRuleId = RuleId | VerifyRuleId;
export interface RuleExamples {
  fails: string[];
  passes: string[];
}

const SEED = ['seed'];

export const RULE_EXAMPLES: Record<ExampleRuleId, RuleExamples> = {
  // Citations
  'citation.type-symbol': {
    fails: [
      'Kế hoạch số 12/QĐ-UBND ngày 05/01/2021 của UBND tỉnh',
      'Quyết định số 14/2012/QH13 ngày 20/6/2012',
    ],
    passes: ['Kế hoạch số 12/KH-UBND ngày 05/01/2021 của UBND tỉnh', 'Luật số 14/2012/QH13'],
  },
  'citation.type-symbol-irregular': {
    fails: ['Kế hoạch số 12/UBND-VX ngày 05/01/2021'],
    passes: ['Kế hoạch số 12/KH-UBND ngày 05/01/2021', 'Công văn số 15/UBND-NC ngày 06/01/2021'],
  },
  'citation.issuer-symbol': {
    fails: ['Quyết định số 1399/QĐ-TTg ngày 04/10/2019 của UBND tỉnh'],
    passes: ['Quyết định số 1399/QĐ-TTg ngày 04/10/2019 của Thủ tướng Chính phủ'],
  },
  'citation.issuer-symbol-irregular': {
    fails: ['Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Thủ tướng Chính phủ'],
    passes: ['Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ'],
  },
  'citation.conflicting-date': {
    fails: ['Kế hoạch số 05/KH-UBND ngày 10/01/2021 của UBND tỉnh; Kế hoạch số 05/KH-UBND ngày 12/01/2021'],
    passes: ['Kế hoạch số 05/KH-UBND ngày 10/01/2021 của UBND tỉnh; Kế hoạch số 05/KH-UBND ngày 10/01/2021'],
  },
  'citation.conflicting-date-years': {
    fails: ['Kế hoạch số 05/KH-UBND ngày 10/01/2020 của UBND tỉnh; Kế hoạch số 05/KH-UBND ngày 12/01/2021'],
    passes: ['Kế hoạch số 05/KH-UBND ngày 10/01/2020 của UBND tỉnh; Kế hoạch số 05/KH-UBND ngày 10/01/2020'],
  },
  'citation.conflicting-issuer': {
    // The seed cites 705/QĐ-TTg of 25/5/2017 as the Prime Minister's.
    fails: ['Quyết định số 705/QĐ-TTg ngày 25/5/2017 của Bộ Tư pháp'],
    passes: ['Quyết định số 705/QĐ-TTg ngày 25/5/2017 của Thủ tướng Chính phủ'],
  },
  'citation.symbol-variant': {
    // The seed cites 113/KH-UBND of 20/6/2017.
    fails: ['Kế hoạch số 113/KH-BCĐ ngày 20/6/2017'],
    passes: ['Kế hoạch số 113/KH-UBND ngày 20/6/2017'],
  },
  'citation.impossible-date': {
    fails: ['Quyết định số 12/QĐ-UBND ngày 29/02/2019', 'Quyết định số 12/QĐ-UBND ngày 31/6/2019'],
    passes: ['Quyết định số 12/QĐ-UBND ngày 29/02/2020'],
  },
  'citation.after-plan': {
    // The seed is issued in January 2021.
    fails: ['Quyết định số 12/QĐ-UBND ngày 01/02/2021'],
    passes: ['Quyết định số 12/QĐ-UBND ngày 31/01/2021'],
  },
  'citation.number-year-mismatch': {
    fails: ['Nghị định số 30/2020/NĐ-CP ngày 05/3/2019'],
    passes: ['Nghị định số 30/2020/NĐ-CP ngày 05/3/2020'],
  },
  'citation.incomplete-first': {
    fails: ['Quyết định số 09/QĐ-UBND ngày 05/01/2021 của UBND tỉnh'],
    passes: [
      'Quyết định số 09/QĐ-UBND ngày 05/01/2021 của UBND tỉnh về việc ban hành Quy chế hòa giải ở cơ sở',
    ],
  },
  'citation.short-before-full': {
    fails: ['Thực hiện Kế hoạch số 07/KH-UBND; Kế hoạch số 07/KH-UBND ngày 05/01/2021 của UBND tỉnh'],
    passes: ['Kế hoạch số 07/KH-UBND ngày 05/01/2021 của UBND tỉnh; thực hiện Kế hoạch số 07/KH-UBND'],
  },
  'citation.ambiguous-number': {
    fails: ['theo Kế hoạch số 09/KH-UBND của UBND tỉnh'],
    passes: ['theo Nghị định số 30/2020/NĐ-CP'],
  },
  'citation.malformed-symbol': {
    fails: [
      'Nghị định số 30/2020/NĐ- CP ngày 05/3/2020',
      'Quyết định số 1399/QĐ-TTG ngày 04/10/2019',
      'Quyết định số 1399/QĐ-Tg ngày 04/10/2019',
      'Quyết định số 12/QĐ-UNBD ngày 04/10/2019 của UBND tỉnh',
      'Nghị định số 30/2020/NĐCP ngày 05/3/2020',
      'Quyết định số 12/QĐUBND ngày 04/10/2019',
      'Nghị quyết số 34/201/NQ-HĐND ngày 13/12/2019 của HĐND tỉnh',
    ],
    passes: ['Nghị định số 30/2020/NĐ-CP ngày 05/3/2020'],
  },
  'citation.party-form': {
    fails: [
      'Chỉ thị số 38-CT/TTg ngày 04/10/2019 của Thủ tướng Chính phủ',
      'Chỉ thị số 32/CT-TW ngày 09/12/2003 của Ban Bí thư',
    ],
    passes: [
      'Chỉ thị số 38/CT-TTg ngày 04/10/2019 của Thủ tướng Chính phủ',
      'Chỉ thị số 32-CT/TW ngày 09/12/2003 của Ban Bí thư',
    ],
  },
  'citation.foreign-letter': {
    // Cyrillic "а" (U+0430) in the symbol; Greek "Ο" (U+039F) in an agency name.
    fails: [
      'Quyết định số 12/QĐ-UBND ngày 04/10/2019 của Ủy ban nhân dân tỉnh L\u0430ng Sơn',
      'Phối hợp với Sở Tư pháp và C\u039fNG AN TỈNH.',
    ],
    passes: [
      'Quyết định số 12/QĐ-UBND ngày 04/10/2019 của Ủy ban nhân dân tỉnh Lạng Sơn',
      'Phối hợp với Sở Tư pháp và CÔNG AN TỈNH.',
    ],
  },
  'citation.year-missing': {
    // Thanh Hóa 2023: the same decision with and without the year of its number.
    fails: [
      'Thực hiện Quyết định 25/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ; hướng dẫn thi hành Quyết định số 25/2021/QĐ-TTg.',
    ],
    passes: [
      'Thực hiện Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ; hướng dẫn thi hành Quyết định số 25/2021/QĐ-TTg.',
      'Quyết định số 25/QĐ-UBND ngày 22/7/2022 của UBND tỉnh; Quyết định số 25/2021/QĐ-UBND ngày 22/7/2021 của UBND tỉnh.',
    ],
  },
  'citation.number-padding': {
    fails: ['Kế hoạch số 5/KH-UBND ngày 10/01/2021'],
    passes: ['Kế hoạch số 05/KH-UBND ngày 10/01/2021'],
  },
  'citation.period-ended': {
    fails: ['Thực hiện Đề án “Tăng cường PBGDPL” giai đoạn 2015-2019 tại địa phương'],
    passes: ['Tổng kết Đề án giai đoạn 2015-2019'],
  },
  'style.missing-so': {
    fails: ['Thực hiện Quyết định 1399/QĐ-TTg ngày 04/10/2019 của Thủ tướng Chính phủ'],
    passes: ['Thực hiện Quyết định số 1399/QĐ-TTg ngày 04/10/2019 của Thủ tướng Chính phủ'],
  },
  'style.year-range': {
    fails: ['Chương trình giai đoạn 2021 - 2025'],
    passes: ['Chương trình giai đoạn 2021-2025'],
  },
  // Abbreviations and references
  'abbrev.undefined': {
    fails: ['Công tác TGPL năm 2021'],
    passes: ['Công tác trợ giúp pháp lý (TGPL) và TGPL năm 2021', 'UBND tỉnh, HĐND tỉnh và Ủy ban MTTQ'],
  },
  'abbrev.before-definition': {
    fails: ['Công tác TGPL; trợ giúp pháp lý (TGPL) năm 2021'],
    passes: ['Trợ giúp pháp lý (TGPL); công tác TGPL năm 2021'],
  },
  'abbrev.defined-twice': {
    fails: ['Trợ giúp pháp lý (TGPL); trợ giúp pháp lý (TGPL) và TGPL'],
    passes: ['Trợ giúp pháp lý (TGPL) và TGPL'],
  },
  'abbrev.unused': {
    fails: ['Hòa giải ở cơ sở (HGOCS) năm 2021'],
    passes: ['Hòa giải ở cơ sở (HGOCS) năm 2021; kiện toàn tổ HGOCS'],
  },
  'ref.missing-target': {
    fails: [
      'Thực hiện nhiệm vụ tại Mục VI Kế hoạch này',
      'Thực hiện nhiệm vụ tại khoản 9 Mục II',
      'Phối hợp thực hiện nhiệm vụ 9.4 nêu trên',
    ],
    passes: [
      'Thực hiện nhiệm vụ tại khoản 1 Mục II và điểm b khoản 1 Mục II',
      'Phối hợp thực hiện nhiệm vụ 1.1 nêu trên',
    ],
  },
  'ref.missing-target-relative': {
    fails: ['@sectionText:2|Thực hiện theo khoản 19'],
    passes: ['@sectionText:2|Thực hiện theo khoản 1'],
  },
  // The registry (TEST_REGISTRY below)
  'registry.date-mismatch': {
    fails: ['Quyết định số 999/QĐ-UBND ngày 02/3/2019 của UBND tỉnh'],
    passes: ['Quyết định số 999/QĐ-UBND ngày 01/3/2019 của UBND tỉnh'],
  },
  'registry.law-date': {
    fails: [
      'Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22/6/2016',
      'Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2016',
      'Căn cứ Luật số 80/2015/QH13 ngày 22/6/2016 của Quốc hội',
    ],
    passes: [
      'Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22/6/2015',
      'Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2015',
    ],
  },
  'registry.issuer-mismatch': {
    fails: ['Luật số 80/2015/QH13 ngày 22/6/2015 của Chính phủ'],
    passes: ['Luật số 80/2015/QH13 ngày 22/6/2015 của Quốc hội'],
  },
  'registry.superseded': {
    // 80/2015/QH13 is replaced from 01/4/2025 in TEST_REGISTRY: a basis in 2021, not in 2027.
    fails: [
      'Quyết định số 999/QĐ-UBND ngày 01/3/2019 của UBND tỉnh',
      '@planYear:2027|Căn cứ Luật số 80/2015/QH13 ngày 22/6/2015 của Quốc hội',
    ],
    passes: [
      'Luật số 80/2015/QH13 ngày 22/6/2015 của Quốc hội',
      '@planYear:2027|Căn cứ Luật số 64/2025/QH15',
      // Reviewing the old text is no use of it as a basis.
      '@planYear:2027|Tổng kết 10 năm thi hành Luật số 80/2015/QH13 ngày 22/6/2015 của Quốc hội',
    ],
  },
  'registry.not-yet-in-force': {
    // 67/2020/QH14 takes effect on 01/01/2022; the seed plan is of January 2021.
    fails: ['Căn cứ Luật số 67/2020/QH14 ngày 13/11/2020 của Quốc hội'],
    passes: ['@planYear:2022|Căn cứ Luật số 67/2020/QH14 ngày 13/11/2020 của Quốc hội'],
  },
  'registry.number-transposed': {
    // TEST_REGISTRY knows 705/QĐ-TTg (the seed's own programme), not 750/QĐ-TTg.
    fails: [
      'Quyết định số 750/QĐ-TTg của Thủ tướng Chính phủ ban hành Chương trình phổ biến, giáo dục pháp luật giai đoạn 2017-2021',
      'Quyết định số 750/QĐ-TTg ngày 25/5/2017 của Thủ tướng Chính phủ',
    ],
    passes: [
      'Quyết định số 705/QĐ-TTg ngày 25/5/2017 của Thủ tướng Chính phủ',
      'Quyết định số 750/QĐ-TTg ngày 14/4/2016 của Thủ tướng Chính phủ về phê duyệt quy hoạch thủy lợi',
      'Quyết định số 750/QĐ-UBND ngày 25/5/2017 của UBND tỉnh',
    ],
  },
  // The plan's own parts
  'plan.task-no-lead': { fails: ['@task.lead:'], passes: ['@task.lead:Sở Tư pháp'] },
  'plan.task-no-deliverable': {
    fails: ['@task.deliverable:'],
    passes: ['@task.deliverable:Báo cáo kết quả thực hiện'],
  },
  'plan.timeline-year': {
    fails: ['@task.timeline:Quý I năm 2020.', 'Hoàn thành trước ngày 15/3/2019'],
    passes: ['@task.timeline:Quý I năm 2021.', 'Hoàn thành trước ngày 15/01/2022'],
  },
  'plan.recipient-missing': {
    fails: ['@recipients:TT. Tỉnh ủy;|UBND các huyện, thành phố;'],
    passes: ['@recipients:TT. Tỉnh ủy;|Các sở, ban, ngành thuộc tỉnh;|UBND các huyện, thành phố;'],
  },
  // The agency directory (TEST_AGENCIES below: the built-in one, Lạng Sơn)
  'agency.not-valid': {
    // The seed sends the plan to "UBND các huyện, thành phố"; the district level ended on 1/7/2025.
    fails: ['@issueDay:05/01/2027', '@issueDay:02/7/2025'],
    passes: ['@issueDay:05/01/2021', 'Sở Tư pháp phối hợp với Sở Tài nguyên và Môi trường'],
  },
  'agency.not-yet': {
    fails: ['Giao Sở Nông nghiệp và Môi trường phối hợp thực hiện'],
    passes: ['Giao Sở Nông nghiệp và Phát triển nông thôn phối hợp thực hiện'],
  },
  'plan.recipient-article': {
    // The seed is a plan: it has no articles.
    fails: [
      '@recipients:- Như Điều 3;|TT. Tỉnh ủy;',
      '@recipients:Như Điều 5;|Các sở, ban, ngành thuộc tỉnh;',
    ],
    passes: [
      '@recipients:TT. Tỉnh ủy;|Các sở, ban, ngành thuộc tỉnh;',
      '@articleRecipients:Điều 3. Các sở, ban, ngành thuộc tỉnh chịu trách nhiệm thi hành.|Như Điều 3;|TT. Tỉnh ủy;',
    ],
  },
  'plan.number-format': { fails: ['@number:5', '@symbol:KH - BCĐ'], passes: ['@number:05'] },
  'plan.symbol-type': { fails: ['@symbol:QĐ-BCĐ', '@symbol:KT-BCĐ'], passes: ['@symbol:KH-BCĐ'] },
  'plan.symbol-other-type': { fails: ['@symbol:STP-PBGDPL'], passes: ['@symbol:KHPH-STP-CA'] },
  'plan.issue-date-impossible': { fails: ['@issueDay:31/2/2021'], passes: ['@issueDay:28/2/2021'] },
  'plan.date-format': {
    fails: ['@place:', '@issueYear:2018'],
    passes: ['@place:Lạng Sơn', '@issueYear:2020'],
  },
  'plan.archive-line': {
    // The seed's own archive line lacks its final "." (a real slip): a different slip is a new finding.
    fails: ['@archive:VT, PBGDPL', '@archive:VT, PBGDPL;'],
    passes: ['@archive:VT, THNC (HTMĐ).'],
  },
  'plan.signature-authority': {
    fails: ['@signature:KT CHỦ TỊCH|PHÓ CHỦ TỊCH', '@signature:KT. CHỦ TỊCH'],
    passes: [
      '@signature:KT. CHỦ TỊCH|PHÓ CHỦ TỊCH',
      '@signature:TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH|PHÓ CHỦ TỊCH',
    ],
  },
  'plan.signature-format': {
    fails: ['@signature:Trưởng ban|PHÓ CHỦ TỊCH UBND TỈNH', '@signer:TS. Dương Xuân Huyền'],
    passes: ['@signature:TRƯỞNG BAN|PHÓ CHỦ TỊCH UBND TỈNH', '@signer:Dương Xuân Huyền'],
  },
  'plan.placeholder': {
    fails: [
      'Thực hiện Kế hoạch số …/KH-UBND ngày [...] của UBND tỉnh',
      'Sở xxx chủ trì thực hiện … như sau',
      'Các cơ quan, đơn vị, ...',
      '@archive:VT, ….',
    ],
    passes: [
      'Thực hiện Kế hoạch số 113/KH-UBND ngày 20/6/2017 của UBND tỉnh',
      'Các sở, ban, ngành v.v... và Đại hội XIII',
      // The number is the clerk's to fill after signature: a blank there is no finding.
      '@number:',
    ],
  },
  // A final plan's required parts (EXAMPLE_OPTIONS check as final: each missing part is an error)
  'plan.required-part': {
    fails: [
      '@issuingBody:',
      '@typeName:',
      '@summary: ',
      '@noContent:',
      '@signature:',
      '@signer:',
      '@recipients:',
      '@archive:',
    ],
    passes: ['@issuingBody:SỞ TƯ PHÁP', '@signer:Nguyễn Văn An', '@recipients:Như trên;'],
  },
  'plan.funding-missing': {
    fails: ['@noFunding:'],
    passes: ['@sectionText:3|Kinh phí thực hiện từ ngân sách tỉnh.'],
  },
  // The verifier (mutations of the exported seed)
  'package.document': { fails: ['no document part'], passes: SEED },
  'package.noMacros': { fails: ['macro part added'], passes: SEED },
  'package.noExternalRelationships': { fails: ['external relationship added'], passes: SEED },
  'properties.core': { fails: ['no title property'], passes: SEED },
  'page.size': { fails: ['Letter paper'], passes: SEED },
  'page.margins': { fails: ['left margin 25 mm'], passes: SEED },
  'font.family': { fails: ['Arial as default font', 'Vietnamese letters in Arial (w:hAnsi)'], passes: SEED },
  'font.color': { fails: ['blue text'], passes: SEED },
  'header.table': { fails: ['header table with borders'], passes: SEED },
  'header.parentBody': { fails: ['parent body at 14 pt'], passes: SEED },
  'header.issuingBody': { fails: ['issuing body not bold'], passes: SEED },
  'header.quocHieu': { fails: ['Quốc hiệu at 14 pt no longer fits'], passes: SEED },
  'header.tieuNgu': { fails: ['Tiêu ngữ line removed'], passes: SEED },
  'header.numberSymbol': {
    fails: ['number without its leading zero', 'space inside the symbol'],
    passes: ['seed', 'issued seed'],
  },
  'header.placeDate': {
    fails: ['date line not italic', 'month without its leading zero'],
    passes: ['seed', 'issued seed'],
  },
  'title.typeName': { fails: ['type name not bold'], passes: SEED },
  'title.summary': { fails: ['summary not bold'], passes: SEED },
  'body.size': { fails: ['body text at 12 pt'], passes: SEED },
  'body.justified': { fails: ['body left-aligned'], passes: SEED },
  'body.firstLineIndent': { fails: ['no first-line indent'], passes: SEED },
  'body.spacing': { fails: ['double line spacing'], passes: SEED },
  'body.legalBases': { fails: ['a legal basis not italic'], passes: SEED },
  'body.sectionHeadings': { fails: ['section heading not bold'], passes: SEED },
  'pageNumbers.position': { fails: ['page number on the left'], passes: SEED },
  'pageNumbers.noneOnFirstPage': { fails: ['no different first page'], passes: SEED },
  'recipients.label': { fails: ['"Nơi nhận:" not italic'], passes: SEED },
  'recipients.list': { fails: ['Lưu line removed'], passes: SEED },
  'signature.block': { fails: ['signer’s name not bold'], passes: SEED },
};

/** The built-in agency directory, for Lạng Sơn (the seed's province). */
export const TEST_AGENCIES = createAgencyIndex(
  entriesFromDirectory(agencyDirectorySchema.parse(agencyJson)),
  'lang-son',
);

/** The options every check example runs with: exported as final, with the test registry and agencies. */
export const EXAMPLE_OPTIONS: CheckOptions = {
  final: true,
  registry: TEST_REGISTRY,
  agencies: TEST_AGENCIES,
};

function firstTask(items: readonly Item[]): Item | undefined {
  for (const it of items) {
    if (it.fields) return it;
    const inner = firstTask(it.children);
    if (inner) return inner;
  }
  return undefined;
}

function taskOf(plan: Plan): Item {
  for (const s of plan.sections) {
    const t = firstTask(s.content.filter((c): c is Item => c.type === 'item'));
    if (t?.fields) return t;
  }
  throw new Error('the seed has no task with fields');
}

/** "@name:argument" transforms of the seed; lists are separated by "|". */
export const PLAN_TRANSFORMS: Record<string, (plan: Plan, arg: string) => void> = {
  number: (p, a) => (p.header.number = a),
  symbol: (p, a) => (p.header.symbol = a),
  place: (p, a) => (p.header.place = a),
  issuingBody: (p, a) => (p.header.issuingBody = a),
  typeName: (p, a) => (p.typeName = a),
  summary: (p, a) => (p.summary = a),
  /** Every item of the content section removed (its text blocks stay). */
  noContent: (p) => {
    for (const s of p.sections)
      if (s.role === 'content') s.content = s.content.filter((c) => c.type !== 'item');
  },
  noFunding: (p) => (p.sections = p.sections.filter((s) => s.role !== 'funding')),
  issueYear: (p, a) => (p.header.issueDate.year = Number(a)),
  /** "d/m/yyyy" as typed in the three inputs, whether or not the calendar has it. */
  issueDay: (p, a) => {
    const [day, month, year] = a.split('/').map(Number);
    p.header.issueDate = { day: day ?? null, month: month ?? null, year: year ?? null };
  },
  archive: (p, a) => (p.recipients.archive = a),
  recipients: (p, a) => (p.recipients.entries = a.split('|')),
  /** "Điều N. …|recipient|…": an article paragraph in the preamble, and the recipients. */
  articleRecipients: (p, a) => {
    const [article = '', ...entries] = a.split('|');
    p.preamble = [...p.preamble, ...richFromPlain(article)];
    p.recipients.entries = entries;
  },
  signature: (p, a) => (p.signature.lines = a.split('|')),
  signer: (p, a) => (p.signature.name = a),
  'task.lead': (p, a) => {
    const f = taskOf(p).fields;
    if (f) f.lead = a;
  },
  'task.deliverable': (p, a) => {
    const f = taskOf(p).fields;
    if (f) f.deliverable = a;
  },
  'task.timeline': (p, a) => {
    const f = taskOf(p).fields;
    if (f) f.timeline = a;
  },
  /** "YYYY|text": the plan moved to year YYYY (not yet issued), with the text appended to its preamble. */
  planYear: (p, a) => {
    const [y, ...rest] = a.split('|');
    p.year = Number(y);
    p.header.issueDate = { day: null, month: null, year: Number(y) };
    p.preamble = [...p.preamble, ...richFromPlain(rest.join('|'))];
  },
  /** "N|text": a text block appended to section N (a relative reference is read inside it). */
  sectionText: (p, a) => {
    const [n, ...rest] = a.split('|');
    const section = p.sections[Number(n) - 1];
    if (!section) throw new Error(`no section ${n}`);
    section.content.push({ type: 'text', id: `example-${n}`, body: richFromPlain(rest.join('|')) });
  },
};

/** The seed with one example applied (text appended to the preamble, or a transform). */
export function applyCheckExample(seed: Plan, example: string): Plan {
  const plan = structuredClone(seed);
  const m = /^@([\w.]+):(.*)$/su.exec(example);
  if (!m) {
    plan.preamble = [...plan.preamble, ...richFromPlain(example)];
    return plan;
  }
  const transform = PLAN_TRANSFORMS[m[1] ?? ''];
  if (!transform) throw new Error(`unknown plan transform "${m[1]}"`);
  transform(plan, m[2] ?? '');
  return plan;
}
