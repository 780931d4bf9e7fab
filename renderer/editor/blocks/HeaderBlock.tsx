import { memo } from 'react';
import { fieldKey } from '../../../shared/model/fields/fieldAddress.ts';
import { isValidDate } from '../../../shared/model/issueDate.ts';
import type { Header, Plan } from '../../../shared/model/plan.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { Block, Field, TextArea, TextInput } from '../fields.tsx';
import { NumberPartInput } from './NumberPartInput.tsx';

type SetPlan = (edit: (p: Plan) => Plan) => void;

export const HeaderBlock = memo(function HeaderBlock({
  header,
  setPlan,
}: {
  header: Header;
  setPlan: SetPlan;
}) {
  const { t } = useI18n();
  const set = <K extends keyof Header>(key: K, value: Header[K]) =>
    setPlan((p) => ({ ...p, header: { ...p.header, [key]: value } }));
  const d = header.issueDate;
  const setDate = (part: 'day' | 'month' | 'year', v: number | null) => set('issueDate', { ...d, [part]: v });
  const dateInvalid =
    d.day !== null && d.month !== null && d.year !== null && !isValidDate(d.year, d.month, d.day);
  return (
    <Block id="block-header" title={t('blockHeader')}>
      <div className="grid-2">
        <Field label={t('parentBody')}>
          <TextInput
            value={header.parentBody}
            onChange={(v) => set('parentBody', v)}
            testId="header-parentBody"
            field={{ kind: 'header', field: 'parentBody' }}
            className="upper-hint"
          />
        </Field>
        <Field label={t('issuingBody')}>
          <TextInput
            value={header.issuingBody}
            onChange={(v) => set('issuingBody', v)}
            testId="header-issuingBody"
            field={{ kind: 'header', field: 'issuingBody' }}
          />
        </Field>
        <div className="field">
          <span className="field-label">
            {t('number')}, {t('symbol').toLowerCase()}
          </span>
          <div className="number-symbol">
            <span className="prefix">Số:</span>
            <TextInput
              value={header.number}
              onChange={(v) => set('number', v.replace(/\D/g, ''))}
              placeholder="   "
              inputMode="numeric"
              maxLength={16}
              className="input-num"
              ariaLabel={t('number')}
              testId="header-number"
              field={{ kind: 'header', field: 'number' }}
            />
            <span className="slash">/</span>
            <TextInput
              value={header.symbol}
              onChange={(v) => set('symbol', v)}
              ariaLabel={t('symbol')}
              testId="header-symbol"
              field={{ kind: 'header', field: 'symbol' }}
            />
          </div>
          <span className="field-hint">{t('numberHint')}</span>
        </div>
        <Field label={t('place')}>
          <TextInput
            value={header.place}
            onChange={(v) => set('place', v)}
            testId="header-place"
            field={{ kind: 'header', field: 'place' }}
          />
        </Field>
        <div className="field">
          <span className="field-label">{t('issueDate')}</span>
          <div className="place-date" data-field={fieldKey({ kind: 'header', field: 'issueDate' })}>
            <span>ngày</span>
            <NumberPartInput
              value={d.day}
              onChange={(v) => setDate('day', v)}
              min={1}
              max={31}
              digits={2}
              nullable
              label={t('day')}
              testId="date-day"
            />
            <span>tháng</span>
            <NumberPartInput
              value={d.month}
              onChange={(v) => setDate('month', v)}
              min={1}
              max={12}
              digits={2}
              nullable
              label={t('month')}
              testId="date-month"
            />
            <span>năm</span>
            <NumberPartInput
              value={d.year}
              onChange={(v) => setDate('year', v)}
              min={1945}
              max={2200}
              digits={4}
              nullable
              label={t('year')}
              testId="date-year"
              className="input-year"
            />
          </div>
        </div>
        <span className={dateInvalid ? 'field-hint field-error date-hint' : 'field-hint date-hint'}>
          {dateInvalid ? t('invalidDate') : t('dateHint')}
        </span>
      </div>
    </Block>
  );
});

export const TitleBlock = memo(function TitleBlock(props: {
  typeName: string;
  summary: string;
  year: number;
  setPlan: SetPlan;
}) {
  const { t } = useI18n();
  const { setPlan } = props;
  return (
    <Block id="block-title" title={t('blockTitle')}>
      <div className="grid-title">
        <Field label={t('typeName')}>
          <TextInput
            value={props.typeName}
            onChange={(v) => setPlan((p) => ({ ...p, typeName: v }))}
            testId="typeName"
            field={{ kind: 'typeName' }}
            className="input-strong"
          />
        </Field>
        <Field label={t('planYear')}>
          <NumberPartInput
            value={props.year}
            onChange={(v) => v !== null && setPlan((p) => ({ ...p, year: v }))}
            min={1945}
            max={2200}
            digits={4}
            nullable={false}
            label={t('planYear')}
            testId="plan-year"
            className="input-year"
          />
        </Field>
      </div>
      <Field label={t('summary')} wide>
        <TextArea
          value={props.summary}
          onChange={(v) => setPlan((p) => ({ ...p, summary: v }))}
          testId="summary"
          field={{ kind: 'summary' }}
          className="input-summary"
        />
      </Field>
    </Block>
  );
});
