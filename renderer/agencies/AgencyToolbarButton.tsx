import { useState } from 'react';
import type { LibraryToolbarProps } from '../slots.ts';
import { AgencyScreen } from './AgencyScreen.tsx';
import { useAgencyText } from './agencyText.ts';

/** "Danh bạ cơ quan" in the library's toolbar: opens the directory screen over the library. */
export function AgencyToolbarButton({ api }: LibraryToolbarProps) {
  const { at } = useAgencyText();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)} data-testid="open-agencies">
        {at('open')}
      </button>
      {open ? <AgencyScreen api={api} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
