import { z } from 'zod';

/**
 * Where a plan is in its life (issue 9 §4): drafted, sent out for comments, submitted for signature,
 * issued. Only the first three are chosen by hand; "issued" is reached by issuing (number and date)
 * and is final — an issued plan is changed through a new draft linked to it ("Tạo bản sửa đổi").
 */
export const planStatuses = ['draft', 'consultation', 'signing', 'issued'] as const;
export const planStatusSchema = z.enum(planStatuses);
export type PlanStatus = z.infer<typeof planStatusSchema>;

export const workingStatusSchema = z.enum(['draft', 'consultation', 'signing']);
export type WorkingStatus = z.infer<typeof workingStatusSchema>;

export const planStatusLabels: Record<PlanStatus, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  consultation: { vi: 'Xin ý kiến', en: 'Out for comments' },
  signing: { vi: 'Trình ký', en: 'Submitted for signature' },
  issued: { vi: 'Đã ban hành', en: 'Issued' },
};
