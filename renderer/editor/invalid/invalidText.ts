import { defineMessages } from '../../i18n/messages.ts';

const vi = {
  invalidTitle: 'Có {count} chỗ chưa hợp lệ — kế hoạch vẫn được lưu, trừ phần đã nêu:',
  invalidShow: 'Đến chỗ này',
};

const en: typeof vi = {
  invalidTitle: '{count} value(s) not valid — the plan is still saved, except for the parts named:',
  invalidShow: 'Go there',
};

export const invalidMessages = defineMessages({ vi, en });
