import { fold } from '../../citations/textPrep.ts';
import { planTasks, taskFieldTexts } from '../../model/walk.ts';
import { derivedOf, type RuleContext, type RuleModule } from '../context.ts';
import { at, CLAUSE, type Draft } from '../finding.ts';
import { isTaskText, taskLocation } from './tasks.ts';
import { fieldArea, fieldKey } from '../../model/fields/fieldAddress.ts';
import { textsByField } from '../scanIndex.ts';

/** "- Như Điều 3;" in the Nơi nhận: the addressees an article of the document names. */
const AS_ARTICLE = /^[\s\-–]{0,4}(Như\s{1,2}Điều\s{1,2}(\d{1,3}))(?!\p{N})/iu;
/** A paragraph or heading that is an article of the document: "Điều 3. …", "Điều 3:". */
const ARTICLE_HEAD = /^\s{0,4}Điều\s{1,2}(\d{1,3})\s{0,2}[.:]/u;

/** Words of a field that name no agency in particular. */
const GENERIC =
  /(?:co lien quan|cac thanh vien|cac co quan|co quan, don vi|don vi|dia phuong|cac to chuc|cac nganh|cac cap|ca nhan|nguoi dan|nhan dan)/;
const PROVINCIAL_AGENCY =
  /^(?:so|ban|phong|cong an|bo chi huy|dai|bao|cuc|chi cuc|kho bac|thanh tra|van phong|bao hiem|truong|vien|trung tam|hoi dong|ban quan ly)\b/;
const ALL_PROVINCIAL =
  /(?:cac so|so, ban, nganh|so, nganh|ban, nganh|co quan chuyen mon|cac co quan, don vi)/;
const DISTRICT = /^(?:ubnd|uy ban nhan dan) (?:cac )?(?:huyen|thanh pho|thi xa|quan)/;
const ALL_DISTRICTS = /(?:ubnd|uy ban nhan dan) cac (?:huyen|thanh pho|thi xa|quan)/;
const MASS_ORG = /^(?:hoi|doan|tinh doan|uy ban mat tran|mat tran|lien doan|uy ban mttq)/;
const ALL_MASS = /(?:doan the|mttq|mat tran|to chuc chinh tri)/;

function agencies(field: string): string[] {
  return (
    field
      .split(/;|,\s*(?=\p{Lu})/u)
      .map((a) => a.replace(/\.$/, '').trim())
      .filter((a) => a.length > 2)
      // A named agency starts with a capital ("Công an tỉnh"); "cơ quan, đơn vị …" names none.
      .filter((a) => /^\p{Lu}/u.test(a) && !GENERIC.test(fold(a)))
  );
}

function covered(agency: string, entries: string[]): boolean {
  const a = fold(agency).replace(/^(?:ubnd)\b/, 'uy ban nhan dan');
  const core = a.replace(/\b(?:tinh|thanh pho)\b.*$/, '').trim();
  for (const e of entries) {
    if (core.length > 3 && e.includes(core)) return true;
    if (PROVINCIAL_AGENCY.test(a) && ALL_PROVINCIAL.test(e)) return true;
    if (DISTRICT.test(a) && ALL_DISTRICTS.test(e)) return true;
    if (MASS_ORG.test(a) && ALL_MASS.test(e)) return true;
    // A department's own units ("Phòng …", "Văn phòng Sở") are "Các phòng, đơn vị thuộc Sở".
    if (/^(?:phong|van phong)\b/.test(a) && /cac phong/.test(e)) return true;
  }
  return false;
}

/**
 * Agencies that lead or coordinate a task should receive the plan. Recipients abbreviate freely
 * ("Các sở, ban, ngành thuộc tỉnh" covers Sở Tư pháp), so a miss is only a hint.
 */
export const recipientRules: RuleModule = {
  rules: [
    {
      id: 'plan.recipient-missing',
      severity: 'info',
      title: 'Cơ quan thực hiện nhiệm vụ chưa có trong Nơi nhận',
      titleEn: 'Agency responsible for a task missing from the recipients',
    },
    {
      id: 'plan.recipient-article',
      severity: 'warning',
      title: 'Nơi nhận "Như Điều …" nhưng văn bản không có điều đó',
      titleEn: 'Recipient "Như Điều …" (as the article says) but the document has no such article',
    },
  ],
  // Reads the tasks' agencies, the Nơi nhận, and whether any text heads an article.
  affectedBy: (change, ctx) =>
    isTaskText(change, ctx) ||
    fieldArea(change.after.location.address) === 'recipients' ||
    ARTICLE_HEAD.exec(change.before.text)?.[1] !== ARTICLE_HEAD.exec(change.after.text)?.[1],
  run(ctx) {
    const out: Draft[] = [...asArticle(ctx)];
    const entries = ctx.plan.recipients.entries.map((e) =>
      fold(e)
        .replace(/\bubnd\b/g, 'uy ban nhan dan')
        .replace(/\bmttqvn\b/g, 'mttq'),
    );
    const byDirectory = directoryCoverage(ctx);
    const derived = derivedOf(ctx);
    // The same agencies lead task after task: each is judged once a pass.
    const judged = new Map<string, boolean>();
    const isCovered = (agency: string): boolean => {
      let v = judged.get(agency);
      if (v === undefined) {
        v = byDirectory(agency) || covered(agency, entries);
        judged.set(agency, v);
      }
      return v;
    };
    const reported = new Set<string>();
    for (const task of planTasks(ctx.plan)) {
      for (const key of ['lead', 'coordinating'] as const) {
        const field = task.fields?.[key];
        if (!field) continue;
        for (const agency of derived('recipients.agencies', field, agencies)) {
          const k = fold(agency);
          if (reported.has(k) || isCovered(agency)) continue;
          reported.add(k);
          const cells = taskFieldTexts(ctx.plan, task, key).filter((c) => c.text.includes(agency));
          const fields = textsByField(ctx.scan);
          const where = ctx.scan.texts.find((t) =>
            cells.some((c) => fields.get(fieldKey(c.address))?.includes(t)),
          );
          const fallback = taskLocation(ctx, task);
          const location = where?.location ?? fallback?.location;
          if (!location) continue;
          const start = where ? Math.max(0, where.text.indexOf(agency)) : 0;
          out.push({
            rule: 'plan.recipient-missing',
            message: `"${agency}" thực hiện nhiệm vụ nhưng chưa thấy trong Nơi nhận.`,
            messageEn: `"${agency}" has a task but does not appear among the recipients.`,
            excerpt: agency,
            location: at(location, start, start + agency.length),
            clause: CLAUSE.recipients,
            fix: null,
          });
        }
      }
    }
    return out;
  },
};

/**
 * Coverage the agency directory knows: a recipient that is the agency itself under another name
 * ("Ủy ban MTTQVN tỉnh" for "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), or a group it belongs to
 * ("UBND các huyện, thành phố" covers "UBND huyện Cao Lộc").
 */
function directoryCoverage(ctx: RuleContext): (agency: string) => boolean {
  const index = ctx.agencies;
  if (!index) return () => false;
  const reached = new Set<string>();
  for (const r of ctx.plan.recipients.entries)
    for (const e of index.candidates(r)) for (const id of index.covered(e)) reached.add(id);
  return (agency) => index.candidates(agency).some((e) => reached.has(e.id));
}

/**
 * "Như Điều 3" sends the document to those its Điều 3 names; a plan has no articles, so the line was
 * most likely copied from a Quyết định. Only a warning: the clerk may mean the decision the plan is
 * attached to.
 */
function asArticle(ctx: RuleContext): Draft[] {
  const articles = new Set<number>();
  for (const t of ctx.scan.texts) {
    const m = ARTICLE_HEAD.exec(t.text);
    if (m && fieldArea(t.location.address) !== 'recipients') articles.add(Number(m[1]));
  }
  const out: Draft[] = [];
  for (const t of ctx.scan.texts) {
    if (fieldArea(t.location.address) !== 'recipients') continue;
    const m = AS_ARTICLE.exec(t.text);
    if (!m || m[1] === undefined || articles.has(Number(m[2]))) continue;
    const start = m.index + m[0].indexOf(m[1]);
    const none = articles.size === 0;
    out.push({
      rule: 'plan.recipient-article',
      message: none
        ? `Nơi nhận ghi "${m[1]}" nhưng văn bản không chia thành điều; ghi rõ tên cơ quan nhận.`
        : `Nơi nhận ghi "${m[1]}" nhưng văn bản không có Điều ${m[2] ?? ''}.`,
      messageEn: none
        ? `The recipients list "${m[1]}" but the document has no articles; name the recipients.`
        : `The recipients list "${m[1]}" but the document has no Điều ${m[2] ?? ''}.`,
      excerpt: m[1],
      location: at(t.location, start, start + m[1].length),
      clause: CLAUSE.recipients,
      fix: null,
    });
  }
  return out;
}
