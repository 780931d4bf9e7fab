import type { Item, Plan, SectionNode } from '../plan.ts';
import { HEADER_FIELDS, TASK_FIELDS, type FieldAddress } from './fieldAddress.ts';

type Path = ReadonlyArray<PropertyKey>;

const isIndex = (p: PropertyKey | undefined): p is number => typeof p === 'number';

function inNode(node: SectionNode | undefined, rest: Path): FieldAddress | null {
  if (!node) return null;
  if (node.type === 'text') return rest[0] === 'body' ? { kind: 'text', node: node.id } : null;
  return inItem(node, rest);
}

function inItem(item: Item, rest: Path): FieldAddress | null {
  const [head, next, ...more] = rest;
  if (head === 'title') return { kind: 'itemTitle', item: item.id };
  if (head === 'body') return { kind: 'itemBody', item: item.id };
  if (head === 'fields') {
    const field = TASK_FIELDS.find((f) => f === next);
    return field ? { kind: 'taskField', item: item.id, field } : null;
  }
  if (head === 'children' && isIndex(next)) {
    const child = item.children[next];
    return child ? inItem(child, more) : null;
  }
  return null;
}

/**
 * The field a schema path points into ("sections.1.content.0.children.2.fields.lead" → that task's
 * lead), or null when the path names no single field (the plan's year, a whole list). Lets a
 * validation issue be shown on the input that edits the value.
 */
export function fieldAddressAtPath(plan: Plan, path: Path): FieldAddress | null {
  const [a, b, c, d, ...rest] = path;
  switch (a) {
    case 'header': {
      const field = HEADER_FIELDS.find((f) => f === b);
      return field ? { kind: 'header', field } : null;
    }
    case 'typeName':
    case 'summary':
    case 'preamble':
      return { kind: a };
    case 'legalBases':
      return isIndex(b) ? { kind: 'legalBasis', index: b } : null;
    case 'sections': {
      const section = isIndex(b) ? plan.sections[b] : undefined;
      if (!section) return null;
      if (c === 'title') return { kind: 'sectionTitle', section: section.id };
      return c === 'content' && isIndex(d) ? inNode(section.content[d], rest) : null;
    }
    case 'recipients':
      if (b === 'archive') return { kind: 'archive' };
      return b === 'entries' && isIndex(c) ? { kind: 'recipient', index: c } : null;
    case 'signature':
      if (b === 'name') return { kind: 'signatureName' };
      return b === 'lines' && isIndex(c) ? { kind: 'signatureLine', index: c } : null;
    case 'appendices': {
      const appendix = isIndex(b) ? plan.appendices[b] : undefined;
      if (!appendix) return null;
      const id = appendix.id;
      if (c === 'title') return { kind: 'appendixTitle', appendix: id };
      if (c === 'subtitle') return { kind: 'appendixSubtitle', appendix: id };
      if (c === 'body') return { kind: 'appendixBody', appendix: id };
      if (c !== 'table') return null;
      const [e, f] = rest;
      if (d === 'header' && isIndex(e)) return { kind: 'appendixHeader', appendix: id, column: e };
      if (d === 'rows' && isIndex(e) && isIndex(f))
        return { kind: 'appendixCell', appendix: id, row: e, column: f };
      return null;
    }
    default:
      return null;
  }
}
