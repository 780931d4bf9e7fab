/** Unit conversions between the spec (mm, cm, pt) and OOXML (twips = 1/20 pt, half-points, eighths). */
export const PT_PER_INCH = 72;
export const MM_PER_INCH = 25.4;
export const TWIPS_PER_PT = 20;

export function mmToPt(mm: number): number {
  return (mm / MM_PER_INCH) * PT_PER_INCH;
}
export function ptToMm(pt: number): number {
  return (pt / PT_PER_INCH) * MM_PER_INCH;
}
export function mmToTwip(mm: number): number {
  return Math.round(mmToPt(mm) * TWIPS_PER_PT);
}
export function cmToTwip(cm: number): number {
  return mmToTwip(cm * 10);
}
export function ptToTwip(pt: number): number {
  return Math.round(pt * TWIPS_PER_PT);
}
export function twipToMm(twip: number): number {
  return ptToMm(twip / TWIPS_PER_PT);
}
export function twipToPt(twip: number): number {
  return twip / TWIPS_PER_PT;
}
/** w:sz is in half-points. */
export function ptToHalfPt(pt: number): number {
  return Math.round(pt * 2);
}
/** Border widths (w:sz of a border) are in eighths of a point. */
export function ptToEighths(pt: number): number {
  return Math.round(pt * 8);
}
/** Line spacing "auto" is in 240ths of a line. */
export function linesToAuto(lines: number): number {
  return Math.round(lines * 240);
}
