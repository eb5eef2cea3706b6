/**
 * Deterministic synthetic articles of realistic size and vocabulary for the store
 * benchmark. Pure (no fixtures, no Node APIs) so the same bench runs in a browser page.
 */
import type { Analysis, Figure, Official } from '../analysis/types';
import type { Article, Block } from '../cpv/article';
import type { SaveInput } from './types';

const SENTENCES = [
  'Chiều 30/12, tại Hà Nội, Tổng cục Phòng chống thiên tai tổ chức Hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ công tác năm 2023.',
  'Thiên tai trên thế giới và khu vực diễn ra rất phức tạp, nhiều trận thiên tai diễn ra với quy mô lớn, phạm vi ảnh hưởng rộng.',
  'Ủy ban Kiểm tra Trung ương đã tiến hành kiểm tra khi có dấu hiệu vi phạm đối với 23 tổ chức đảng và 57 đảng viên.',
  'Uỷ ban nhân dân tỉnh chỉ đạo các sở, ngành khẩn trương khắc phục hậu quả, sớm ổn định đời sống của nhân dân.',
  'Bộ Chính trị, Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng nâng cao chất lượng công tác tham mưu, phục vụ.',
  'Văn phòng Trung ương Đảng đã tiếp nhận, xử lý hơn 23.000 đơn, thư khiếu nại, tố cáo, kiến nghị, phản ánh.',
  'Tổng thu ngân sách nhà nước ước đạt 1.803,6 nghìn tỷ đồng, vượt 28,3% so với dự toán.',
  'Hội nghị đã thảo luận, cho ý kiến vào các báo cáo về tình hình kinh tế - xã hội, tài chính ngân sách nhà nước.',
  'Đồng chí nhấn mạnh phải tiếp tục đổi mới mạnh mẽ phương thức lãnh đạo của Đảng, xây dựng hệ thống chính trị tinh gọn.',
  'Các địa phương đã hỗ trợ 6,47 triệu hộ gia đình, tăng 12% so với cùng kỳ năm trước.',
  'Thực hiện Nghị quyết số 18-NQ/TW, các cơ quan đã sắp xếp, tinh gọn bộ máy, giảm 25 đầu mối trực thuộc.',
  'Quốc hội đã biểu quyết thông qua Nghị quyết bổ sung dự toán thu ngân sách nhà nước năm 2024 với 92,5% đại biểu tán thành.',
  'Lực lượng chức năng đã di dời 15.000 hộ dân ra khỏi vùng nguy hiểm trước khi siêu bão đổ bộ.',
  'Đại hội đại biểu toàn quốc lần thứ XIII của Đảng đã đề ra mục tiêu đến năm 2030 là nước đang phát triển có công nghiệp hiện đại.',
  'Ban Tổ chức Trung ương hướng dẫn việc chuẩn bị nhân sự cấp ủy nhiệm kỳ tới bảo đảm chặt chẽ, dân chủ, khách quan.',
  'Công tác phòng, chống tham nhũng, tiêu cực được đẩy mạnh, không có vùng cấm, không có ngoại lệ.',
  'Tỉnh ủy đã ban hành Kết luận số 126-KL/TW về một số nội dung, nhiệm vụ tiếp tục sắp xếp, tinh gọn tổ chức bộ máy.',
  'Thủ tướng Chính phủ yêu cầu các bộ, ngành tập trung tháo gỡ khó khăn, vướng mắc cho sản xuất, kinh doanh.',
  'Tăng trưởng kinh tế năm nay ước đạt 8,02%, thuộc nhóm cao nhất khu vực và thế giới.',
  'Lễ Quốc tang nguyên Chủ tịch nước được tổ chức trọng thể theo nghi thức cấp Nhà nước.',
];

const OFFICIALS: [string, string[]][] = [
  ['Lê Minh Hưng', ['Bí thư Trung ương Đảng', 'Chánh Văn phòng Trung ương Đảng']],
  ['Nguyễn Phú Trọng', ['Tổng Bí thư']],
  ['Tô Lâm', ['Tổng Bí thư', 'Chủ tịch nước']],
  ['Võ Văn Thưởng', ['Thường trực Ban Bí thư']],
  ['Trần Cẩm Tú', ['Chủ nhiệm Ủy ban Kiểm tra Trung ương']],
  ['Phạm Minh Chính', ['Thủ tướng Chính phủ']],
  ['Vương Đình Huệ', ['Chủ tịch Quốc hội']],
  ['Trương Thị Mai', ['Trưởng Ban Tổ chức Trung ương']],
  ['Nguyễn Văn Tiến', ['Phó Tổng cục trưởng Tổng cục Phòng chống thiên tai']],
  ['Trần Đức Lương', ['nguyên Chủ tịch nước']],
  ['Lê Hoài Trung', ['Chánh Văn phòng Trung ương Đảng']],
  ['Nguyễn Hòa Bình', ['Chánh án Tòa án nhân dân tối cao']],
];

const CATEGORIES: [string, string][] = [
  ['Thời sự', 'thoi-su'],
  ['Xây dựng Đảng', 'xay-dung-dang'],
  ['Xã hội', 'xa-hoi'],
  ['Kinh tế', 'kinh-te'],
  ['Quốc phòng - An ninh', 'quoc-phong-an-ninh'],
];

const CODES = ['18-NQ/TW', '126-KL/TW', '82-KL/TW', '21-CT/TW', '35-NQ/TW', '57-NQ/TW', '05-QĐi/TW'];

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** The i-th synthetic article: ~5,000 characters of body, 3 officials, 4 figures, 2 documents. */
export function makeBenchInput(i: number): SaveInput {
  const random = prng(i + 1);
  const [category, slug] = pick(random, CATEGORIES);
  const id = 500000 + i;
  const paragraphs: Block[] = [];
  for (let p = 0; p < 14; p++) {
    const text = [pick(random, SENTENCES), pick(random, SENTENCES), pick(random, SENTENCES)].join(' ');
    paragraphs.push({ type: 'paragraph', text });
  }
  const people = [pick(random, OFFICIALS), pick(random, OFFICIALS), pick(random, OFFICIALS)];
  const year = 2016 + (i % 9);
  const month = String(1 + (i % 12)).padStart(2, '0');
  const day = String(1 + (i % 28)).padStart(2, '0');
  const title = `${pick(random, SENTENCES).split(',')[0]} (${i})`;
  const url = `https://dangcongsan.vn/${slug}/bai-viet-so-${i}-${id}.html`;
  const article: Article = {
    url,
    canonicalUrl: url,
    articleId: String(id),
    template: 'newspaper',
    title,
    dateline: '(ĐCSVN) - ',
    sapo: pick(random, SENTENCES),
    publishedAt: `${year}-${month}-${day}T${String(i % 24).padStart(2, '0')}:15:00+07:00`,
    category,
    author: i % 3 === 0 ? 'Phạm Cường' : null,
    tags: [],
    related: [
      {
        title: pick(random, SENTENCES).slice(0, 60),
        url: `https://dangcongsan.vn/${slug}/lien-quan-${id - 1}.html`,
      },
    ],
    blocks: paragraphs,
    sources: { title: 'profile', sapo: 'profile', publishedAt: 'profile', body: 'profile' },
  };
  const officials: Official[] = people.map(([name, positions], n) => ({
    name,
    positions,
    mentions: 1 + n,
    firstSentence: `${positions[0]} ${name} phát biểu tại hội nghị.`,
    attributes: [],
    blockIndex: n,
  }));
  const figures: Figure[] = [0, 1, 2, 3].map((n) => ({
    text: `${(n + 1) * 1000 + (i % 97)} tỷ đồng`,
    value: (n + 1) * 1000 + (i % 97),
    unit: 'tỷ đồng',
    kind: 'money',
    qualifier: n === 0 ? 'khoảng' : null,
    sentence: pick(random, SENTENCES),
    blockIndex: n,
  }));
  const analysis: Analysis = {
    summary: [0, 3, 7].map((blockIndex) => ({
      text: paragraphs[blockIndex]!.text.split('. ')[0]!,
      blockIndex,
    })),
    officials,
    figures,
    documents: [pick(random, CODES), pick(random, CODES)].map((code, n) => ({
      code,
      type: code.includes('NQ') ? 'Nghị quyết' : 'Kết luận',
      text: `số ${code}`,
      date: null,
      blockIndex: n,
    })),
  };
  return { article, analysis, tags: i % 10 === 0 ? ['nghiên cứu'] : [] };
}
