import { defineMessages } from '../../i18n/messages.ts';
import type { TableColumnKind } from '../../../shared/model/plan.ts';

/** Words of the task-table controls of the appendix editor (column kinds, row kinds). */
const vi = {
  taskTable: 'Bảng nhiệm vụ: mỗi dòng là một nhiệm vụ, được kiểm tra như nhiệm vụ ở Mục II',
  columnKind: 'Cột {n} chứa',
  kind_number: 'Số thứ tự',
  kind_task: 'Nhiệm vụ',
  kind_lead: 'Cơ quan chủ trì',
  kind_coordinating: 'Cơ quan phối hợp',
  kind_timeline: 'Thời gian',
  kind_deliverable: 'Sản phẩm, kết quả',
  kind_note: 'Ghi chú',
  kind_free: 'Cột khác',
  rowGroup: 'Dòng tiêu đề nhóm (in suốt bảng)',
  rowContinuation: 'Tiếp nhiệm vụ ở dòng trên (ô STT và nhiệm vụ gộp với dòng trên)',
};

const en: Record<keyof typeof vi, string> = {
  taskTable: 'Task table: each row is a task, checked like the tasks of section II',
  columnKind: 'Column {n} holds',
  kind_number: 'Row number',
  kind_task: 'Task',
  kind_lead: 'Lead agency',
  kind_coordinating: 'Coordinating agencies',
  kind_timeline: 'Timeline',
  kind_deliverable: 'Deliverable',
  kind_note: 'Note',
  kind_free: 'Other column',
  rowGroup: 'Group heading row (printed across the table)',
  rowContinuation: 'Continues the task above (STT and task cells merged with the row above)',
};

export const taskTableMessages = defineMessages({ vi, en });

export const COLUMN_KINDS: readonly TableColumnKind[] = [
  'number',
  'task',
  'lead',
  'coordinating',
  'timeline',
  'deliverable',
  'note',
  'free',
];
