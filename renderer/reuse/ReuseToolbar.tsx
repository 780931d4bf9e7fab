import type { LibraryToolbarProps } from '../slots.ts';
import { ImportButton } from './ImportButton.tsx';
import { RolloverButton } from './RolloverDialog.tsx';
import './reuse.css';

/** The library's reuse buttons: "Nhập từ Word" and "Tạo kế hoạch năm sau". */
export function ReuseToolbar(props: LibraryToolbarProps) {
  return (
    <>
      <ImportButton {...props} />
      <RolloverButton {...props} />
    </>
  );
}
