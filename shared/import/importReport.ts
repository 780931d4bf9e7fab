/**
 * What an import tells the user: every non-empty source paragraph is counted and either placed in the
 * plan or listed as unplaced (kept as free text where it stood). `tasks` counts leaf tasks of
 * section II; `recipients` the Nơi nhận entries without the "Lưu" line.
 */
export interface ImportNote {
  text: string;
  /** "Vietnamese / English". */
  reason: string;
}

export interface ImportReport {
  sourceParagraphs: number;
  placedParagraphs: number;
  unplaced: ImportNote[];
  tasks: number;
  recipients: number;
  warnings: ImportNote[];
  /**
   * The source carries its own "DỰ THẢO" mark (a box or a line of the header): it is a draft, to be
   * exported as one, whose export draws its own mark. The source's mark is not plan text.
   */
  sourceDraft?: boolean;
}

export interface ImportOptions {
  /** The plan's year when the document does not say it (default: the issue date's, else this year). */
  year?: number;
  /** Plain text only: 'auto' (default) converts text that is clearly TCVN3/VNI; 'none' never does. */
  legacyEncoding?: 'auto' | 'none' | 'tcvn3' | 'vni';
}
