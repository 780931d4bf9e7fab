import { defineMessages } from '../../i18n/messages.ts';

const vi = {
  resizeSide: 'Đổi độ rộng bảng bên',
};

const en: typeof vi = {
  resizeSide: 'Resize the side panel',
};

export const windowMessages = defineMessages({ vi, en });
