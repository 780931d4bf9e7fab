/** Offsets are into the text as written (UTF-16 code units), end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface DateParts {
  day: number;
  month: number;
  year: number;
}

/** One mention of a legal document in one piece of text, before it is placed in a plan. */
export interface ParsedCitation extends Span {
  /** The mention as written (whitespace kept). */
  text: string;
  /** Full Vietnamese type name ("Quyết định"), or null when neither a type word nor the symbol says it. */
  type: string | null;
  typeSpan: Span | null;
  /** The type came from the symbol's code (a bare "705/QĐ-TTg"), not from a type word. */
  typeInferred: boolean;
  /** Shares the type word of a list ("các Quyết định: số …; số …"). */
  listed: boolean;
  /** "số" written before the number. */
  hasSo: boolean;
  number: string | null;
  year: number | null;
  symbol: string | null;
  /** Canonical identifier: "705/QĐ-TTg", "30/2020/NĐ-CP", "32-CT/TW". */
  numberSymbol: string | null;
  numberSymbolSpan: Span | null;
  /** The identifier exactly as written ("NĐ- CP" and all). */
  numberSymbolWritten: string | null;
  party: boolean;
  /** Type code carried by the symbol ("QĐ" of "QĐ-TTg"), as written. */
  typeCode: string | null;
  /** Symbol segments that name the issuer ("TTg"; "BTP","BGDĐT"; "QH13"; "TW"). */
  issuerSegments: string[];
  /** ISO date when it exists, else null (see dateParts for an impossible one). */
  date: string | null;
  dateParts: DateParts | null;
  dateValid: boolean;
  dateSpan: Span | null;
  issuer: string | null;
  issuerSpan: Span | null;
  summary: string | null;
  /** For a law, code or ordinance cited by name: "Luật Phổ biến, giáo dục pháp luật". */
  name: string | null;
  /** "năm 2012" after a law's name. */
  nameYear: number | null;
}

/** A reference to a part of the plan itself: "Mục II", "khoản 2 Mục IV", "điểm a khoản 1". */
export interface ParsedRef extends Span {
  text: string;
  /** Roman numeral of the section, or null for a reference relative to the current section. */
  section: string | null;
  /** Item number ("2", "1.2"), or null. */
  item: string | null;
  /** Point letter ("a"), or null. */
  point: string | null;
  /** Followed by "Điều", "Phần", another document…: a part of some other document, not of the plan. */
  external: boolean;
  /** Followed by "Kế hoạch này", "nêu trên": certainly the plan's own part. */
  explicitInternal: boolean;
  /** "nhiệm vụ 2.1": an item of the plan's content (tasks) section, wherever the reference stands. */
  task: boolean;
}

export interface ParsedDefinition extends Span {
  term: string;
  /** "(PBGDPL)" is an abbreviation; "(viết tắt là Đề án)" a short name. */
  kind: 'abbreviation' | 'shortName';
  /** For an abbreviation, the words before it that it stands for ("phổ biến, giáo dục pháp luật"). */
  expansion: string | null;
}

export interface AbbreviationUse extends Span {
  term: string;
}

export interface YearRange extends Span {
  text: string;
  from: number;
  to: number;
  /** "2012 - 2016" (spaces around the hyphen) rather than "2012-2016". */
  spaced: boolean;
}

/** A programme period: "giai đoạn 2017-2021", "đến năm 2021". */
export interface Period extends Span {
  text: string;
  endYear: number;
  /** A later "đến năm Y" in the same clause extends it ("giai đoạn 2012-2016” đến năm 2021"). */
  extendedTo: number | null;
  /** The clause reviews or continues it ("tổng kết", "tiếp tục"): an ended period is expected there. */
  reviewing: boolean;
  /** A programme, plan or scheme is named just before: the period is that programme's. */
  programme: boolean;
}

export interface Placeholder extends Span {
  text: string;
}

/** Everything the checks need to know about one piece of text; cached by the text itself. */
export interface TextParse {
  citations: ParsedCitation[];
  refs: ParsedRef[];
  definitions: ParsedDefinition[];
  abbreviations: AbbreviationUse[];
  /** "Kế hoạch này". */
  selfRefs: Span[];
  yearRanges: YearRange[];
  periods: Period[];
  placeholders: Placeholder[];
  /** Mostly upper-case text (a heading): abbreviation checks skip it. */
  mostlyUpper: boolean;
}
