import { defineMessages } from '../../i18n/messages.ts';

const vi = {
  sectionUp: 'Lên Mục {roman}',
  sectionDown: 'Xuống Mục {roman}',
  resizeSide: 'Đổi độ rộng bảng bên',
};

const en: typeof vi = {
  sectionUp: 'Move section {roman} up',
  sectionDown: 'Move section {roman} down',
  resizeSide: 'Resize the side panel',
};

export const windowMessages = defineMessages({ vi, en });
