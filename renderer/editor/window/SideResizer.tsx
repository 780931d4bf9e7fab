import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../i18n/I18n.tsx';
import { windowMessages } from './windowText.ts';

const MIN = 280;
const MAX = 720;
const STEP = 20;
const clamp = (w: number) => Math.min(MAX, Math.max(MIN, Math.round(w)));

/**
 * The drag handle between the editor and the side panel. It writes `--side-width` on the grid that
 * holds it, so the layout stays in CSS; arrows (and Home/End) make it usable without a mouse.
 */
export function SideResizer() {
  const { t } = useMessages(windowMessages);
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(380);
  useEffect(() => {
    ref.current?.parentElement?.style.setProperty('--side-width', `${width}px`);
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
