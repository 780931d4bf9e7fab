import type { ComponentType } from 'react';
import type { Envelope } from '../shared/contract/appError.ts';
import type { RendererApi } from '../shared/contract/operations.ts';
import type { Plan } from '../shared/model/plan.ts';
import type { Lang, Messages } from './i18n/messages.ts';
import { checksMessages } from './checks/checksText.ts';
import { ChecksPanel } from './checks/ChecksPanel.tsx';
import { RegistryToolbarButton } from './registry/RegistryToolbarButton.tsx';
import { AgencyToolbarButton } from './agencies/AgencyToolbarButton.tsx';
import { ReusePanel } from './reuse/ReusePanel.tsx';
import { reuseMessages } from './reuse/reuseText.ts';
import { ReuseToolbar } from './reuse/ReuseToolbar.tsx';
import { TrashButton } from './library/TrashButton.tsx';
import { BackupButton } from './backup/BackupButton.tsx';
import { HistoryPanel } from './history/HistoryPanel.tsx';
import { historyMessages } from './history/historyText.ts';
import { hasReview } from './review/markSeen.ts';
import { ReviewPanel } from './review/ReviewPanel.tsx';
import { reviewMessages } from './review/reviewText.ts';

/**
 * Extension points for feature panels (citations in renderer/checks, import/rollover in
 * renderer/reuse). A feature registers itself with one line here; the library and the editor
 * render whatever is registered, so they need no edit to grow. A panel reaches the editor's fields
 * (jump to a field, its marks, the active field) through the editor session from React context
 * (renderer/editor/session), never through this list or module state.
 */
export interface LibraryToolbarProps {
  api: RendererApi;
  /** Re-read the plan list (after an import or a rollover created a plan). */
  refresh: () => void;
  openPlan: (id: string) => void;
}

export interface EditorPanelProps {
  api: RendererApi;
  planId: string;
  plan: Plan;
  /** Apply an edit to the plan (it is autosaved like a typed change). */
  setPlan: (edit: (plan: Plan) => Plan) => void;
  /** Save whatever is pending now; true when everything is stored. */
  flush: () => Promise<boolean>;
  /**
   * Store what is pending, then run `append` on top of the stored head (a named version, a
   * restore); the editor's next save builds on the revision it returns. null: the pending save failed.
   */
  appendRevision: (
    append: (baseRevision: number) => Promise<Envelope<{ revision: number }>>,
  ) => Promise<Envelope<{ revision: number }> | null>;
  /** Open the stored plan afresh in the editor (after a restore). */
  reload: () => void;
  /** The plan is issued: it can be read and compared, nothing can be appended to it. */
  readOnly: boolean;
}

export interface EditorPanel {
  id: string;
  /** The panel's heading in a language, read from the feature's own dictionary (see panelTitle). */
  title: (lang: Lang) => string;
  Component: ComponentType<EditorPanelProps>;
  /** Show the panel only for some plans (absent: always). */
  visible?: (plan: Plan) => boolean;
}

/** A heading as a key of the feature's dictionary (defineMessages): a missing key does not compile. */
export function panelTitle<K extends string>(messages: Messages<K>, key: K): (lang: Lang) => string {
  return (lang) => messages[lang][key];
}

/** Buttons shown in the library's toolbar, after "Tạo kế hoạch mới". */
export const libraryToolbarItems: Array<ComponentType<LibraryToolbarProps>> = [
  ReuseToolbar, // renderer/reuse: Nhập từ Word, Tạo kế hoạch năm sau
  RegistryToolbarButton, // renderer/registry: Sổ văn bản
  AgencyToolbarButton, // renderer/agencies: Danh bạ cơ quan
  TrashButton, // renderer/library: Thùng rác (deleted plans, restore)
  BackupButton, // renderer/backup: Sao lưu (backups, restore, recovery of a damaged workspace)
];

/** Panels shown in the editor's side panel, below the A4 preview. */
export const editorPanels: EditorPanel[] = [
  // renderer/review: the rollover checklist, for plans made by "Tạo kế hoạch năm sau"
  {
    id: 'review',
    title: panelTitle(reviewMessages, 'panelTitle'),
    Component: ReviewPanel,
    visible: hasReview,
  },
  { id: 'checks', title: panelTitle(checksMessages, 'panelTitle'), Component: ChecksPanel },
  { id: 'reuse', title: panelTitle(reuseMessages, 'panelTitle'), Component: ReusePanel },
  { id: 'history', title: panelTitle(historyMessages, 'panelTitle'), Component: HistoryPanel },
];
