import { describe, expect, it } from 'vitest';
import type { RevisionInfo, RevisionKind } from '../../shared/contract/records.ts';
import { historyRows, revisionTime } from './historyGroups.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 8, 0) + minute * 60_000).toISOString();
const rev = (revision: number, minute: number, kind: RevisionKind = 'autosave'): RevisionInfo => ({
  revision,
  kind,
  createdAt: at(minute),
  note: '',
  name: '',
  description: '',
  descriptionEn: '',
});

describe('historyRows', () => {
  it('groups autosaves into sessions split by gaps over 30 minutes and by deliberate revisions', () => {
    // Oldest first here, listed newest first below.
    const oldestFirst = [
      rev(1, 0, 'create'),
      rev(2, 1),
      rev(3, 5),
      rev(4, 34), // 29 minutes after the last: same session
      rev(5, 70), // 36 minutes later: a new session
      rev(6, 71),
      rev(7, 72, 'named'),
      rev(8, 73), // a single autosave stays a row
    ];
    const rows = historyRows([...oldestFirst].reverse());
    expect(
      rows.map((r) => (r.type === 'session' ? r.autosaves.map((a) => a.revision) : r.revision.revision)),
    ).toEqual([8, 7, [6, 5], [4, 3, 2], 1]);
    const first = rows[3];
    expect(first?.type === 'session' && [first.from, first.to]).toEqual([at(1), at(34)]);
  });

  it('shows the time as dd/mm/yyyy hh:mm', () => {
    const d = new Date(2026, 0, 5, 9, 7);
    expect(revisionTime(d.toISOString())).toBe('05/01/2026 09:07');
  });
});
