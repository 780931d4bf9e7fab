import { useMessages } from '../i18n/I18n.tsx';
import { defineMessages } from '../i18n/messages.ts';

/** Going through the findings from the keyboard, and the picker's mark of a later document. */
const vi = {
  nextFinding: 'Vấn đề tiếp theo',
  prevFinding: 'Vấn đề trước',
  findingPosition: 'Vấn đề {n}/{count}',
  issuedNoFix: 'Kế hoạch đã ban hành: không sửa nhanh được; muốn sửa, hãy tạo bản sửa đổi.',
  laterThanPlan: 'ban hành sau ngày của kế hoạch',
  laterThanPlanHint:
    'Văn bản này ban hành ngày {doc}, sau ngày của kế hoạch ({plan}): một kế hoạch không thể căn cứ vào văn bản chưa có.',
  insertDoc: 'Chèn {doc}',
};

const en: Record<keyof typeof vi, string> = {
  nextFinding: 'Next finding',
  prevFinding: 'Previous finding',
  findingPosition: 'Finding {n} of {count}',
  issuedNoFix: 'The plan has been issued: quick fixes are off; to change it, create an amendment.',
  laterThanPlan: 'issued after the plan’s date',
  laterThanPlanHint:
    'This document was issued on {doc}, after the plan’s date ({plan}): a plan cannot rely on a document that did not exist yet.',
  insertDoc: 'Insert {doc}',
};

export const findingNavMessages = defineMessages({ vi, en });

export const useFindingNavText = () => useMessages(findingNavMessages).t;
