import { useMessages } from '../i18n/I18n.tsx';
import { defineMessages, type Lang, type MessageParams } from '../i18n/messages.ts';

/** Labels of the rollover checklist ("Rà soát năm mới"), Vietnamese first. */
const vi = {
  panelTitle: 'Rà soát năm mới',
  remaining: 'Còn {count} mục chưa xem',
  allSeen: 'Đã xem hết các mục',
  reviewGroup: 'Cần rà soát',
  changeGroup: 'Đã thay đổi',
  seen: 'Đã xem',
  jump: 'Đến vị trí',
  noPlace: 'Mục này không gắn với ô nào',
} as const;

export type ReviewKey = keyof typeof vi;

const en: Record<ReviewKey, string> = {
  panelTitle: 'New-year review',
  remaining: '{count} items not seen yet',
  allSeen: 'Every item has been seen',
  reviewGroup: 'To review',
  changeGroup: 'Changed',
  seen: 'Seen',
  jump: 'Go to text',
  noPlace: 'This item has no field',
};

export const reviewMessages = defineMessages({ vi, en });

export function useReviewText(): { lang: Lang; rt: (key: ReviewKey, params?: MessageParams) => string } {
  const { lang, t } = useMessages(reviewMessages);
  return { lang, rt: t };
}
