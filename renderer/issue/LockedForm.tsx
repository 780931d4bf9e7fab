import type { ReactNode } from 'react';
import type { Header } from '../../shared/model/plan.ts';
import { numberSymbolLine } from '../../shared/format/nd30Text.ts';
import { formatShortDate } from '../../shared/model/issueDate.ts';
import { ReadOnlyContext } from './readOnly.ts';
import { useIssueText } from './issueText.ts';
import './issue.css';

/**
 * The editor's form, locked when the plan is issued: a <fieldset disabled> disables every native
 * input and button inside it, the context makes the rich-text fields read-only, and a banner says
 * why and what to do. (The editor also stops saving: see setPlan in EditorScreen.)
 */
export function LockedForm({
  readOnly,
  header,
  className,
  testId,
  children,
}: {
  readOnly: boolean;
  header: Header;
  className: string;
  testId?: string;
  children: ReactNode;
}) {
  const { it } = useIssueText();
  return (
    <ReadOnlyContext.Provider value={readOnly}>
      <fieldset className={`${className} locked-form`} data-testid={testId} disabled={readOnly}>
        {readOnly ? (
          <div className="banner issued-banner" role="note" data-testid="issued-banner">
            {it('issuedBanner', {
              number: numberSymbolLine(header).replace(/^Số:\s*/u, ''),
              date: formatShortDate(header.issueDate) ?? '',
            })}
          </div>
        ) : null}
        {children}
      </fieldset>
    </ReadOnlyContext.Provider>
  );
}
