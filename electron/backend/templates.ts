import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/contract/appError.ts';
import type { TemplateInfo } from '../../shared/contract/records.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { parsePlan } from '../../shared/model/parsePlan.ts';

const indexSchema = z.array(
  z.object({
    id: z.string(),
    file: z.string().regex(/^[\w.-]+\.json$/),
    name: z.string(),
    nameEn: z.string(),
    description: z.string(),
    descriptionEn: z.string(),
  }),
);

/** The built-in plan templates shipped in `templates/plans/` (beside the app's resources). */
export class BuiltInTemplates {
  private readonly dir: string;
  constructor(resourcesDir: string) {
    this.dir = path.join(resourcesDir, 'templates', 'plans');
  }

  list(): TemplateInfo[] {
    const raw: unknown = JSON.parse(fs.readFileSync(path.join(this.dir, 'index.json'), 'utf8'));
    return indexSchema.parse(raw).map(({ file: _file, ...info }) => ({ ...info, builtIn: true }));
  }

  has(id: string): boolean {
    return this.list().some((t) => t.id === id);
  }

  load(id: string): Plan {
    const entry = indexSchema
      .parse(JSON.parse(fs.readFileSync(path.join(this.dir, 'index.json'), 'utf8')))
      .find((t) => t.id === id);
    if (!entry)
      throw new AppError(
        'not_found',
        'Không tìm thấy mẫu này (có thể đã bị xóa).',
        'This template cannot be found (it may have been deleted).',
        `template ${id}`,
      );
    const parsed = parsePlan(JSON.parse(fs.readFileSync(path.join(this.dir, entry.file), 'utf8')));
    if (!parsed.ok) throw new AppError('bad_template', parsed.message, parsed.messageEn);
    return parsed.plan;
  }
}
