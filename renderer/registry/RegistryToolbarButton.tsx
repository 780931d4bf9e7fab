import { useState } from 'react';
import type { LibraryToolbarProps } from '../slots.ts';
import { RegistryScreen } from './RegistryScreen.tsx';
import { useRegistryText } from './registryText.ts';

/** "Sổ văn bản" in the library's toolbar: opens the registry screen over the library. */
export function RegistryToolbarButton({ api }: LibraryToolbarProps) {
  const { rt } = useRegistryText();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)} data-testid="open-registry">
        {rt('open')}
      </button>
      {open ? <RegistryScreen api={api} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
