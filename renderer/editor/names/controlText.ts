import { useMessages } from '../../i18n/I18n.tsx';
import { defineMessages, type MessageParams } from '../../i18n/messages.ts';

/**
 * Accessible names of the editor's controls, each with the thing it acts on ("Lên mục 7",
 * "Xóa nơi nhận 3"), so a screen reader and a test tell one "↑" from the next. A control's name is
 * "<action> <thing>": the things (`…Name`) and the actions are separate keys, since the two languages
 * put them in a different order.
 */
const vi = {
  itemName: 'mục {label}',
  pointName: 'điểm {letter} mục {parent}',
  sectionName: 'Mục {roman}',
  textName: 'đoạn văn {n} của Mục {roman}',
  legalName: 'căn cứ {n}',
  recipientName: 'nơi nhận {n}',
  signatureLineName: 'dòng chức vụ {n}',
  appendixName: 'Phụ lục {n}',
  rowName: 'dòng {n} của bảng',

  moveUpOf: 'Lên {name}',
  moveDownOf: 'Xuống {name}',
  removeOf: 'Xóa {name}',
  indentOf: 'Thụt lề {name}',
  outdentOf: 'Giảm thụt lề {name}',
  addAfterOf: 'Thêm mục sau {name}',
  addChildOf: 'Thêm mục con của {name}',
  addItemTo: 'Thêm mục vào {name}',
  addTextTo: 'Thêm đoạn văn vào {name}',
  titleOf: 'Tiêu đề {name}',
  bodyOf: 'Nội dung {name}',
  fieldOf: '{field} của {name}',
  sectionTitleOf: 'Tên {name}',
  roleOf: 'Loại {name}',
  formatOf: 'Định dạng {field}',

  legalLine: 'Căn cứ {n}',
  recipientLine: 'Nơi nhận {n}',
  signatureLine: 'Dòng chức vụ {n}',
  addLegalLine: 'Thêm căn cứ',
  addRecipientLine: 'Thêm nơi nhận',
};

const en: Record<keyof typeof vi, string> = {
  itemName: 'item {label}',
  pointName: 'point {letter} of item {parent}',
  sectionName: 'section {roman}',
  textName: 'paragraph {n} of section {roman}',
  legalName: 'legal basis {n}',
  recipientName: 'recipient {n}',
  signatureLineName: 'title line {n}',
  appendixName: 'appendix {n}',
  rowName: 'table row {n}',

  moveUpOf: 'Move {name} up',
  moveDownOf: 'Move {name} down',
  removeOf: 'Delete {name}',
  indentOf: 'Indent {name}',
  outdentOf: 'Outdent {name}',
  addAfterOf: 'Add an item after {name}',
  addChildOf: 'Add a sub-item to {name}',
  addItemTo: 'Add an item to {name}',
  addTextTo: 'Add a paragraph to {name}',
  titleOf: 'Title of {name}',
  bodyOf: 'Body of {name}',
  fieldOf: '{field} of {name}',
  sectionTitleOf: 'Title of {name}',
  roleOf: 'Kind of {name}',
  formatOf: 'Formatting of {field}',

  legalLine: 'Legal basis {n}',
  recipientLine: 'Recipient {n}',
  signatureLine: 'Title line {n}',
  addLegalLine: 'Add a legal basis',
  addRecipientLine: 'Add a recipient',
};

export const controlMessages = defineMessages({ vi, en });
export type ControlKey = keyof typeof vi;

/** `n` for the editor's control names in the UI language. */
export function useControlNames(): (key: ControlKey, params?: MessageParams) => string {
  return useMessages(controlMessages).t;
}

/** The three names of a list entry's up / down / delete buttons. */
export interface MoveRemoveNames {
  up: string;
  down: string;
  remove: string;
}

export function moveRemoveNames(n: (key: ControlKey, params?: MessageParams) => string, name: string): MoveRemoveNames {
  return { up: n('moveUpOf', { name }), down: n('moveDownOf', { name }), remove: n('removeOf', { name }) };
}
