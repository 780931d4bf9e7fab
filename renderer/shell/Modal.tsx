import { useEffect, useRef, type ReactNode } from 'react';

/** A small modal dialog on the native <dialog> element (focus trap and Esc come with it). */
export function Modal({
  title,
  children,
  onClose,
  testId,
}: {
  title: string;
  children: ReactNode;
  onClose: () => void;
  testId?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={ref} className="modal" onClose={onClose} data-testid={testId} aria-label={title}>
      <h2 className="modal-title">{title}</h2>
      {children}
    </dialog>
  );
}
