import { memo } from 'react';
import { TASK_FIELDS } from '../../../shared/model/fields/fieldAddress.ts';
import { fieldLens } from '../../../shared/model/fields/fieldLens.ts';
import { ND30 } from '../../../shared/format/nd30.ts';
import type { Plan, TaskLabels } from '../../../shared/model/plan.ts';
import { defineMessages } from '../../i18n/messages.ts';
import { useMessages } from '../../i18n/I18n.tsx';
import { Block, Field, TextInput } from '../fields.tsx';

type SetPlan = (edit: (p: Plan) => Plan) => void;

const messages = defineMessages({
  vi: {
    title: 'Nhãn các trường của nhiệm vụ',
    hint: 'Để trống: in nhãn mặc định. Ghi nhãn riêng của văn bản (“Đơn vị chủ trì”, “Thời gian hoàn thành”) để in thay.',
    label: 'Nhãn thay cho “{name}”',
  },
  en: {
    title: 'Labels of the task fields',
    hint: 'Empty: the default label is printed. Type the document’s own label (“Đơn vị chủ trì”, “Thời gian hoàn thành”) to print it instead.',
    label: 'Label printed for “{name}”',
  },
});

/**
 * The words the plan prints in front of its tasks' fields. An imported plan keeps its office's own
 * ("Đơn vị chủ trì"); an empty box prints NĐ 30's usual label, shown as the placeholder.
 */
export const TaskLabelsBlock = memo(function TaskLabelsBlock({
  taskLabels,
  setPlan,
}: {
  taskLabels: TaskLabels | undefined;
  setPlan: SetPlan;
}) {
  const { t } = useMessages(messages);
  return (
    <Block id="block-task-labels" title={t('title')}>
      <p className="muted small">{t('hint')}</p>
      {TASK_FIELDS.map((f) => {
        const name = ND30.task.fields.find((x) => x.key === f)?.label ?? f;
        const address = { kind: 'taskLabel', field: f } as const;
        const lens = fieldLens(address);
        return (
          <Field key={f} label={name}>
            <TextInput
              value={taskLabels?.[f] ?? ''}
              placeholder={name}
              ariaLabel={t('label', { name })}
              testId={`task-label-${f}`}
              field={address}
              onChange={(v) => setPlan((p) => (lens.kind === 'line' ? lens.set(p, v) : p))}
            />
          </Field>
        );
      })}
    </Block>
  );
});
