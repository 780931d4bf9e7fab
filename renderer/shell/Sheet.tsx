import { useEffect, useRef, type ReactNode } from 'react';
import './sheet.css';

/** A full-window dialog on the native <dialog> (focus trap, Esc) for a screen of its own. */
export function Sheet({
  title,
  onClose,
  children,
  testId,
  className,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId: string;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className={className ? `sheet ${className}` : 'sheet'}
      onClose={onClose}
      aria-label={title}
      data-testid={testId}
    >
      {children}
    </dialog>
  );
}
