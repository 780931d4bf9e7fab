import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../i18n/I18n.tsx';
import { windowMessages } from './windowText.ts';

const MIN = 280;
const MAX = 720;
const STEP = 20;
const DEFAULT = 380;
const clamp = (w: number) => Math.min(MAX, Math.max(MIN, Math.round(w)));
/** The width the drafter chose, kept for the next time the editor opens (this machine only). */
export const SIDE_WIDTH_KEY = 'plandraft.sideWidth';

/** The stored width, or the default when none is stored (or storage is not available). */
export function storedSideWidth(storage: Pick<Storage, 'getItem'> | null): number {
  try {
    const n = Number(storage?.getItem(SIDE_WIDTH_KEY) ?? NaN);
    return Number.isFinite(n) && n > 0 ? clamp(n) : DEFAULT;
  } catch {
    return DEFAULT;
  }
}

/** Even reading `window.localStorage` can throw (a sandboxed page). */
function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function storeSideWidth(width: number): void {
  try {
    localStore()?.setItem(SIDE_WIDTH_KEY, String(width));
  } catch {
    // Storage refused (private mode, quota): the width simply is not remembered.
  }
}

/**
 * The drag handle between the editor and the side panel. It writes `--side-width` on the grid that
 * holds it, so the layout stays in CSS; arrows (and Home/End) make it usable without a mouse.
 */
export function SideResizer() {
  const { t } = useMessages(windowMessages);
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(() => storedSideWidth(localStore()));
  useEffect(() => {
    ref.current?.parentElement?.style.setProperty('--side-width', `${width}px`);
    storeSideWidth(width);
  }, [width]);
  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    const grid = ref.current?.parentElement;
    if (!grid) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const right = grid.getBoundingClientRect().right;
    const move = (ev: PointerEvent) => setWidth(clamp(right - ev.clientX));
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    // The panel is on the right: moving the handle left widens it.
    const next: Record<string, number> = {
      ArrowLeft: width + STEP,
      ArrowRight: width - STEP,
      Home: MAX,
      End: MIN,
    };
    if (e.key in next) {
      e.preventDefault();
      setWidth(clamp(next[e.key] ?? width));
    }
  };
  return (
    <div
      ref={ref}
      className="side-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('resizeSide')}
      aria-valuemin={MIN}
      aria-valuemax={MAX}
      aria-valuenow={width}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
