import type { XmlElement } from './parseXml.ts';

/**
 * The simple value types of WordprocessingML (ECMA-376 Part 1, §22.9.2 and §17.18), read the way
 * Word reads them. Every reader returns undefined when the property is absent or its value is not
 * one the schema allows, so that the caller inherits from the level below instead of guessing.
 */

/**
 * ST_OnOff (§22.9.2.7): `true`, `1`, `on` and an absent `w:val` switch the property on; `false`,
 * `0`, `off` switch it off. Any other value (e.g. `none`, which is valid for `w:u` only) breaks the
 * schema: the element is ignored and the inherited value stays, as for an element that is not there.
 */
export function readOnOff(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = el.attrs['w:val'];
  return v === undefined ? true : onOffValue(v);
}

/** An ST_OnOff attribute value on its own (`w:default`, `w:beforeAutospacing`…). */
export function onOffValue(v: string | undefined): boolean | undefined {
  if (v === undefined) return undefined;
  switch (v.trim().toLowerCase()) {
    case 'true':
    case '1':
    case 'on':
      return true;
    case 'false':
    case '0':
    case 'off':
      return false;
    default:
      return undefined;
  }
}

/** A decimal attribute (twips, half-points, hundredths of a line); undefined when absent or not a number. */
export function readNumber(el: XmlElement | undefined, attr = 'w:val'): number | undefined {
  const v = el?.attrs[attr];
  if (v === undefined || v.trim() === '') return undefined;
  const n = Number(v.trim());
  return Number.isFinite(n) ? n : undefined;
}

export function readString(el: XmlElement | undefined, attr = 'w:val'): string | undefined {
  const v = el?.attrs[attr];
  return v === undefined || v === '' ? undefined : v;
}
