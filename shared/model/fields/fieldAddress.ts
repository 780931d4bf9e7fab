/**
 * Where a field of a plan lives: one typed address per editable value. Nodes with an id (sections,
 * items, text blocks, appendices) are addressed by id, so an address survives moving the node; list
 * entries without an id (căn cứ, nơi nhận, signature lines, table cells) by their index.
 *
 * `fieldKey` is the one encoder to a string (the editor's `data-field` attribute, map keys, JSON) and
 * `parseFieldKey` the one decoder; nothing else builds or splits these strings.
 */
export type HeaderFieldName = 'parentBody' | 'issuingBody' | 'number' | 'symbol' | 'place' | 'issueDate';
export type TaskFieldName = 'lead' | 'coordinating' | 'timeline' | 'deliverable';

export const HEADER_FIELDS: readonly HeaderFieldName[] = [
  'parentBody',
  'issuingBody',
  'number',
  'symbol',
  'place',
  'issueDate',
];
export const TASK_FIELDS: readonly TaskFieldName[] = ['lead', 'coordinating', 'timeline', 'deliverable'];

export type FieldAddress =
  | { kind: 'header'; field: HeaderFieldName }
  | { kind: 'typeName' }
  | { kind: 'summary' }
  | { kind: 'preamble' }
  | { kind: 'legalBasis'; index: number }
  | { kind: 'sectionTitle'; section: string }
  | { kind: 'itemTitle'; item: string }
  | { kind: 'itemBody'; item: string }
  | { kind: 'taskField'; item: string; field: TaskFieldName }
  | { kind: 'taskLabel'; field: TaskFieldName }
  | { kind: 'text'; node: string }
  | { kind: 'recipient'; index: number }
  | { kind: 'archive' }
  | { kind: 'signatureLine'; index: number }
  | { kind: 'signatureName' }
  | { kind: 'appendixTitle'; appendix: string }
  | { kind: 'appendixSubtitle'; appendix: string }
  | { kind: 'appendixBody'; appendix: string }
  | { kind: 'appendixHeader'; appendix: string; column: number }
  | { kind: 'appendixCell'; appendix: string; row: number; column: number };

/**
 * A text the checks read that is no single field: the header's "number/symbol", read as one string
 * because NĐ 30 writes and checks "Số: 12/KH-UBND" as one symbol. Read only; `splitNumberSymbol`
 * maps its ranges back to the two fields.
 */
export interface NumberSymbolText {
  kind: 'numberSymbol';
}

/** What a text location points at: a field, or the derived number/symbol text. */
export type TextAddress = FieldAddress | NumberSymbolText;

export type FieldKind = FieldAddress['kind'];

const URI_SAFE = /^[A-Za-z0-9\-_.!~*'()]*$/;
const id = (s: string): string => (URI_SAFE.test(s) ? s : encodeURIComponent(s));
const SEP = ':'; // what fieldKey writes between the parts

/**
 * The stable string of an address: "header:number", "itemTitle:t1-2", "appendixCell:pl-a:0:1". The
 * checks key thousands of addresses a pass (issue 13): template strings, and ids that
 * encodeURIComponent would leave alone (the app's own ids) are not run through it.
 */
export function fieldKey(a: TextAddress): string {
  switch (a.kind) {
    case 'header':
      return `header:${a.field}`;
    case 'typeName':
    case 'summary':
    case 'preamble':
    case 'archive':
    case 'signatureName':
    case 'numberSymbol':
      return a.kind;
    case 'legalBasis':
    case 'recipient':
    case 'signatureLine':
      return `${a.kind}:${a.index}`;
    case 'sectionTitle':
      return `${a.kind}:${id(a.section)}`;
    case 'itemTitle':
    case 'itemBody':
      return `${a.kind}:${id(a.item)}`;
    case 'taskField':
      return `${a.kind}:${id(a.item)}:${a.field}`;
    case 'taskLabel':
      return `${a.kind}:${a.field}`;
    case 'text':
      return `${a.kind}:${id(a.node)}`;
    case 'appendixTitle':
    case 'appendixSubtitle':
    case 'appendixBody':
      return `${a.kind}:${id(a.appendix)}`;
    case 'appendixHeader':
      return `${a.kind}:${id(a.appendix)}:${a.column}`;
    case 'appendixCell':
      return `${a.kind}:${id(a.appendix)}:${a.row}:${a.column}`;
  }
}

function decodeId(s: string | undefined): string | null {
  if (s === undefined || s === '') return null;
  try {
    const v = decodeURIComponent(s);
    // Only the encoder's own spelling is accepted, so one address has exactly one key.
    return id(v) === s ? v : null;
  } catch {
    return null;
  }
}

function decodeIndex(s: string | undefined): number | null {
  return s !== undefined && /^(0|[1-9]\d{0,8})$/.test(s) ? Number(s) : null;
}

const isHeaderField = (s: string | undefined): s is HeaderFieldName =>
  (HEADER_FIELDS as readonly string[]).includes(s ?? '');
const isTaskField = (s: string | undefined): s is TaskFieldName =>
  (TASK_FIELDS as readonly string[]).includes(s ?? '');

type Parts = [string | undefined, string | undefined, string | undefined];
type Decoder = (parts: Parts, arity: number) => TextAddress | null;

const single =
  (kind: 'typeName' | 'summary' | 'preamble' | 'archive' | 'signatureName' | 'numberSymbol'): Decoder =>
  (_p, arity) =>
    arity === 0 ? { kind } : null;
const indexed =
  (kind: 'legalBasis' | 'recipient' | 'signatureLine'): Decoder =>
  ([a], arity) => {
    const index = decodeIndex(a);
    return arity === 1 && index !== null ? { kind, index } : null;
  };
const itemPart =
  (kind: 'itemTitle' | 'itemBody'): Decoder =>
  ([a], arity) => {
    const item = decodeId(a);
    return arity === 1 && item !== null ? { kind, item } : null;
  };
const appendixPart =
  (kind: 'appendixTitle' | 'appendixSubtitle' | 'appendixBody'): Decoder =>
  ([a], arity) => {
    const appendix = decodeId(a);
    return arity === 1 && appendix !== null ? { kind, appendix } : null;
  };

// One decoder per kind: a Record, so a new kind without a decoder does not compile.
const DECODERS: Record<TextAddress['kind'], Decoder> = {
  header: ([a], arity) => (arity === 1 && isHeaderField(a) ? { kind: 'header', field: a } : null),
  typeName: single('typeName'),
  summary: single('summary'),
  preamble: single('preamble'),
  archive: single('archive'),
  signatureName: single('signatureName'),
  numberSymbol: single('numberSymbol'),
  legalBasis: indexed('legalBasis'),
  recipient: indexed('recipient'),
  signatureLine: indexed('signatureLine'),
  sectionTitle: ([a], arity) => {
    const section = decodeId(a);
    return arity === 1 && section !== null ? { kind: 'sectionTitle', section } : null;
  },
  itemTitle: itemPart('itemTitle'),
  itemBody: itemPart('itemBody'),
  taskField: ([a, b], arity) => {
    const item = decodeId(a);
    return arity === 2 && item !== null && isTaskField(b) ? { kind: 'taskField', item, field: b } : null;
  },
  taskLabel: ([a], arity) => (arity === 1 && isTaskField(a) ? { kind: 'taskLabel', field: a } : null),
  text: ([a], arity) => {
    const node = decodeId(a);
    return arity === 1 && node !== null ? { kind: 'text', node } : null;
  },
  appendixTitle: appendixPart('appendixTitle'),
  appendixSubtitle: appendixPart('appendixSubtitle'),
  appendixBody: appendixPart('appendixBody'),
  appendixHeader: ([a, b], arity) => {
    const appendix = decodeId(a);
    const column = decodeIndex(b);
    return arity === 2 && appendix !== null && column !== null
      ? { kind: 'appendixHeader', appendix, column }
      : null;
  },
  appendixCell: ([a, b, c], arity) => {
    const appendix = decodeId(a);
    const row = decodeIndex(b);
    const column = decodeIndex(c);
    return arity === 3 && appendix !== null && row !== null && column !== null
      ? { kind: 'appendixCell', appendix, row, column }
      : null;
  },
};

const isKind = (s: string | undefined): s is TextAddress['kind'] =>
  s !== undefined && Object.prototype.hasOwnProperty.call(DECODERS, s);

/** The address a key names, or null for anything `fieldKey` does not produce. */
export function parseFieldKey(key: string): TextAddress | null {
  const [kind, a, b, c, ...rest] = key.split(SEP);
  if (rest.length > 0 || !isKind(kind)) return null;
  const parts: Parts = [a, b, c];
  return DECODERS[kind](parts, parts.filter((x) => x !== undefined).length);
}

/** Same field (the keys are equal exactly when the addresses are). */
export const sameField = (a: TextAddress, b: TextAddress): boolean => fieldKey(a) === fieldKey(b);

/**
 * The part of the printed page a text belongs to: the checks skip some parts (the header holds the
 * plan's own number, not citations; recipients and signature are names, not prose).
 */
export type FieldArea =
  'header' | 'title' | 'legalBases' | 'preamble' | 'sections' | 'recipients' | 'signature' | 'appendices';

export function fieldArea(a: TextAddress): FieldArea {
  switch (a.kind) {
    case 'header':
    case 'numberSymbol':
      return 'header';
    case 'typeName':
    case 'summary':
      return 'title';
    case 'preamble':
      return 'preamble';
    case 'legalBasis':
      return 'legalBases';
    case 'sectionTitle':
    case 'itemTitle':
    case 'itemBody':
    case 'taskField':
    case 'taskLabel':
    case 'text':
      return 'sections';
    case 'recipient':
    case 'archive':
      return 'recipients';
    case 'signatureLine':
    case 'signatureName':
      return 'signature';
    case 'appendixTitle':
    case 'appendixSubtitle':
    case 'appendixBody':
    case 'appendixHeader':
    case 'appendixCell':
      return 'appendices';
  }
}

/** The id of the plan node (section, item, text block, appendix) a field belongs to, or null. */
export function fieldNodeId(a: TextAddress): string | null {
  switch (a.kind) {
    case 'sectionTitle':
      return a.section;
    case 'itemTitle':
    case 'itemBody':
    case 'taskField':
      return a.item;
    case 'text':
      return a.node;
    case 'appendixTitle':
    case 'appendixSubtitle':
    case 'appendixBody':
    case 'appendixHeader':
    case 'appendixCell':
      return a.appendix;
    case 'header':
    case 'numberSymbol':
    case 'typeName':
    case 'taskLabel':
    case 'summary':
    case 'preamble':
    case 'legalBasis':
    case 'recipient':
    case 'archive':
    case 'signatureLine':
    case 'signatureName':
      return null;
  }
}

/** A title line (section, item or appendix title): often written in capitals, read as a heading. */
export const isTitleField = (a: TextAddress): boolean =>
  a.kind === 'sectionTitle' || a.kind === 'itemTitle' || a.kind === 'appendixTitle';

/**
 * The header's number and symbol as the checks read them ("12/KH-UBND"), and the way back: which of
 * the two fields a range of that text falls in, with the range inside the field. A range across the
 * slash is given to the symbol (what a finding about "number/symbol" is about).
 */
export function numberSymbolText(number: string, symbol: string): string {
  return `${number}/${symbol}`;
}

export function splitNumberSymbol(
  text: string,
  start: number,
  end: number,
): { address: FieldAddress; value: string; start: number; end: number } {
  const slash = text.indexOf('/');
  const number = slash < 0 ? text : text.slice(0, slash);
  const symbol = slash < 0 ? '' : text.slice(slash + 1);
  if (slash < 0 || (start <= slash && end <= slash))
    return { address: { kind: 'header', field: 'number' }, value: number, start, end };
  const s = Math.max(0, start - slash - 1);
  return {
    address: { kind: 'header', field: 'symbol' },
    value: symbol,
    start: start > slash ? s : 0,
    end: Math.max(0, end - slash - 1),
  };
}
