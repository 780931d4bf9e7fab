/**
 * A registry source as a drafter reads it: the name of the site or the document it comes from
 * ("Thư viện Pháp luật", "Cổng Thông tin điện tử Chính phủ"), with the address kept as a link, never
 * the raw URL or a file path of the project (issue 9 point 10).
 */
export interface SourceLink {
  name: string;
  nameEn: string;
  /** The page to open (http or https), or null for a source that is no web page. */
  url: string | null;
}

/** Sites by host (a subdomain is matched by its parent's entry unless it has its own). */
const SITES: Record<string, [string, string]> = {
  'chinhphu.vn': ['Cổng Thông tin điện tử Chính phủ', 'Government of Viet Nam portal'],
  'vanban.chinhphu.vn': ['Hệ thống văn bản của Chính phủ', 'Government legal documents'],
  'congbao.chinhphu.vn': ['Công báo Chính phủ', 'Official Gazette'],
  'baochinhphu.vn': ['Báo Điện tử Chính phủ', 'Government online newspaper'],
  'vbpl.vn': ['Cơ sở dữ liệu quốc gia về văn bản pháp luật', 'National database of legal documents'],
  'quochoi.vn': ['Cổng Thông tin điện tử Quốc hội', 'National Assembly portal'],
  'moj.gov.vn': ['Cổng Thông tin điện tử Bộ Tư pháp', 'Ministry of Justice portal'],
  'pbgdpl.moj.gov.vn': [
    'Cổng Phổ biến, giáo dục pháp luật (Bộ Tư pháp)',
    'Legal education portal (Ministry of Justice)',
  ],
  'pbgdpl.gov.vn': ['Cổng Phổ biến, giáo dục pháp luật', 'Legal education portal'],
  'tgpl.moj.gov.vn': ['Cục Trợ giúp pháp lý (Bộ Tư pháp)', 'Legal Aid Department (Ministry of Justice)'],
  'thuvienphapluat.vn': ['Thư viện Pháp luật', 'ThuVienPhapLuat.vn legal library'],
  'thuvienphapluat.com': ['Thư viện Pháp luật', 'ThuVienPhapLuat.vn legal library'],
  'thuviennhadat.vn': ['Thư viện Nhà đất', 'ThuVienNhaDat.vn'],
  'luatvietnam.vn': ['LuatVietnam', 'LuatVietnam'],
  'hethongphapluat.com': ['Hệ thống pháp luật Việt Nam', 'HeThongPhapLuat legal database'],
  'hethongphapluat.vn': ['Hệ thống pháp luật Việt Nam', 'HeThongPhapLuat legal database'],
  'lawnet.vn': ['LawNet', 'LawNet'],
  'vi.wikipedia.org': ['Wikipedia tiếng Việt', 'Vietnamese Wikipedia'],
  'tailieu.vn': ['TaiLieu.VN', 'TaiLieu.VN'],
  'baophapluat.vn': ['Báo Pháp luật Việt Nam', 'Vietnam Law newspaper'],
  'dantri.com.vn': ['Báo Dân trí', 'Dan Tri newspaper'],
  'laodong.vn': ['Báo Lao Động', 'Lao Dong newspaper'],
  'qdnd.vn': ['Báo Quân đội nhân dân', "People's Army newspaper"],
  'vietnam.vn': ['Vietnam.vn', 'Vietnam.vn'],
};

const URL_RE = /https?:\/\/[^\s)"'“”<>;,]+/giu;

function siteName(host: string): [string, string] {
  const h = host.toLowerCase().replace(/^(?:www|m)\./u, '');
  for (let d = h; d.includes('.'); d = d.slice(d.indexOf('.') + 1)) {
    const hit = SITES[d];
    if (hit) return hit;
  }
  // An IP address or a numbered host names nothing a reader knows.
  if (/^\d/u.test(h)) return ['Một trang web', 'A website'];
  if (h.endsWith('.gov.vn')) return [`Trang của cơ quan nhà nước (${h})`, `Government website (${h})`];
  return [h, h];
}

/** A source that is no web page: its lead words ("Kế hoạch mẫu"), without any file path. */
function textSource(text: string): SourceLink | null {
  const cleaned = text
    .replace(/\([^()]*\b[\w-]+(?:\/[\w.-]+)+\.\w+[^()]*\)/gu, '')
    .replace(/\b[\w-]+(?:\/[\w.-]+)+\.\w+\b/gu, '')
    .trim();
  const lead = (cleaned.split(/[:(]/u)[0] ?? '').trim();
  if (lead === '') return null;
  if (/^Kế hoạch mẫu$/iu.test(lead)) return { name: 'Kế hoạch mẫu', nameEn: 'Sample plan', url: null };
  if (/^Công báo\b/iu.test(lead)) return { name: 'Công báo', nameEn: 'Official Gazette', url: null };
  const short = lead.length > 80 ? `${lead.slice(0, 79)}…` : lead;
  return { name: short, nameEn: short, url: null };
}

/** The sources named in a registry entry's free `source` text, one per site, in order. */
export function sourceLinks(source: string): SourceLink[] {
  const out: SourceLink[] = [];
  for (const m of source.matchAll(URL_RE)) {
    let url: URL;
    try {
      url = new URL(m[0].replace(/[.…]+$/u, ''));
    } catch {
      continue;
    }
    const [name, nameEn] = siteName(url.hostname);
    if (!out.some((s) => s.name === name)) out.push({ name, nameEn, url: url.href });
  }
  if (out.length > 0) return out;
  const plain = textSource(source);
  return plain ? [plain] : [];
}

/** The sources' names in one language, for a sentence: "Thư viện Pháp luật, Báo Dân trí". */
export function sourceNames(source: string, lang: 'vi' | 'en'): string {
  return sourceLinks(source)
    .map((s) => (lang === 'en' ? s.nameEn : s.name))
    .join(', ');
}
