import { SaxesParser } from 'saxes';
import { AppError } from '../contract/appError.ts';

/**
 * A small element tree for OOXML parts, built with a real XML parser (saxes). DOCTYPE declarations
 * are refused outright: OOXML never needs them, and they are how entity-expansion ("billion laughs")
 * and external-entity attacks arrive.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/**
 * Deepest element nesting accepted. Word's own documents stay far below (a table in a table in a
 * cell is ~20 levels); 100 000 levels would exhaust the stack of every tree walk below.
 */
export const MAX_XML_DEPTH = 256;

class Stop extends Error {}

export function parseXml(xml: string, partName = 'XML'): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let failure: AppError | null = null;
  parser.on('doctype', () => {
    failure ??= new AppError(
      'xml_doctype',
      'Tệp Word chứa khai báo DOCTYPE (có thể là tệp độc hại) nên không được đọc.',
      'The Word file has a DOCTYPE declaration (possibly hostile), so it is not read.',
      partName,
    );
  });
  parser.on('opentag', (tag) => {
    if (stack.length > MAX_XML_DEPTH) {
      failure ??= new AppError(
        'xml_too_deep',
        `Nội dung tệp Word lồng nhau quá sâu (quá ${MAX_XML_DEPTH} cấp; có thể là tệp độc hại) nên không được đọc.`,
        `The Word file's content is nested too deeply (over ${MAX_XML_DEPTH} levels; possibly hostile), so it is not read.`,
        partName,
      );
      // Stop the parser here: the rest of the part is not read.
      throw new Stop();
    }
    const el: XmlElement = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [] };
    stack[stack.length - 1]?.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text) => {
    stack[stack.length - 1]?.children.push(text);
  });
  parser.on('cdata', (text) => {
    stack[stack.length - 1]?.children.push(text);
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    if (failure) throw failure;
    if (e instanceof Stop) throw e;
    throw new AppError(
      'xml_malformed',
      'Nội dung tệp Word bị hỏng, không đọc được. Hãy mở tệp bằng Word, lưu lại rồi nhập lại.',
      "The Word file's content is damaged and cannot be read. Open it in Word, save it again and import it again.",
      `${partName}: ${(e as Error).message}`,
    );
  }
  if (failure) throw failure;
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!top)
    throw new AppError(
      'xml_malformed',
      'Một phần nội dung của tệp Word bị rỗng; tệp hỏng.',
      'A part of the Word file is empty; the file is damaged.',
      `${partName} is empty`,
    );
  return top;
}

export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name),
  );
}

export function firstChild(el: XmlElement, name: string): XmlElement | undefined {
  return childElements(el, name)[0];
}

/** Depth-first search for all descendants with the given name. */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (e: XmlElement): void => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (c.name === name) out.push(c);
      visit(c);
    }
  };
  visit(el);
  return out;
}

export function textContent(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}
