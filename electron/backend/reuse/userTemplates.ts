import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract/appError.ts';
import type { TemplateInfo } from '../../../shared/contract/records.ts';
import type { Plan } from '../../../shared/model/plan.ts';
import { parsePlan } from '../../../shared/model/parsePlan.ts';
import type { Db } from '../store/openDatabase.ts';

interface Row {
  id: string;
  name: string;
  source_plan_id: string | null;
  created_at: string;
  document: string;
}

/**
 * Templates the user saved from a plan. A template is a plan with its number and day/month
 * cleared: it is a starting point, not an issued document.
 */
export class UserTemplates {
  constructor(
    private readonly db: Db,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  list(): TemplateInfo[] {
    const rows = this.db
      .prepare('SELECT * FROM user_templates ORDER BY created_at DESC, name')
      .all() as Row[];
    return rows.map((r) => this.info(r));
  }

  private info(r: Row): TemplateInfo {
    const year = (() => {
      const parsed = parsePlan(JSON.parse(r.document));
      return parsed.ok ? parsed.plan.year : null;
    })();
    return {
      id: r.id,
      name: r.name,
      nameEn: r.name,
      description: `Mẫu của người dùng${year ? `, từ kế hoạch năm ${year}` : ''}`,
      descriptionEn: `User template${year ? `, from a plan for ${year}` : ''}`,
      builtIn: false,
    };
  }

  save(name: string, plan: Plan, sourcePlanId: string | null): TemplateInfo {
    const template: Plan = {
      ...plan,
      header: {
        ...plan.header,
        number: '',
        issueDate: { day: null, month: null, year: plan.header.issueDate.year },
      },
    };
    const row: Row = {
      id: `user-${randomUUID()}`,
      name: name.normalize('NFC').trim(),
      source_plan_id: sourcePlanId,
      created_at: this.now(),
      document: JSON.stringify(template),
    };
    this.db
      .prepare(
        'INSERT INTO user_templates (id, name, source_plan_id, created_at, document) VALUES (@id, @name, @source_plan_id, @created_at, @document)',
      )
      .run(row);
    return this.info(row);
  }

  load(id: string): Plan {
    const row = this.db.prepare('SELECT * FROM user_templates WHERE id = ?').get(id) as Row | undefined;
    if (!row)
      throw new AppError(
        'not_found',
        'Không tìm thấy mẫu này (có thể đã bị xóa).',
        'This template cannot be found (it may have been deleted).',
        `template ${id}`,
      );
    const parsed = parsePlan(JSON.parse(row.document));
    if (!parsed.ok) throw new AppError('bad_template', parsed.message, parsed.messageEn);
    return parsed.plan;
  }

  /** A new name for a user template (built-in templates are files shipped with the app, not renamed). */
  rename(id: string, name: string): TemplateInfo {
    const clean = name.normalize('NFC').trim();
    if (clean === '') {
      throw new AppError(
        'invalid_arguments',
        'Tên mẫu không được để trống.',
        'The template name cannot be empty.',
      );
    }
    const info = this.db.prepare('UPDATE user_templates SET name = ? WHERE id = ?').run(clean, id);
    if (info.changes === 0)
      throw new AppError(
        'not_found',
        'Không tìm thấy mẫu này (có thể đã bị xóa).',
        'This template cannot be found (it may have been deleted).',
        `template ${id}`,
      );
    return this.info(this.db.prepare('SELECT * FROM user_templates WHERE id = ?').get(id) as Row);
  }

  delete(id: string): void {
    const info = this.db.prepare('DELETE FROM user_templates WHERE id = ?').run(id);
    if (info.changes === 0)
      throw new AppError(
        'not_found',
        'Không tìm thấy mẫu này (có thể đã bị xóa).',
        'This template cannot be found (it may have been deleted).',
        `template ${id}`,
      );
  }
}
