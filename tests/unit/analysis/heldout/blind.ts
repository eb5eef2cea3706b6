/**
 * A second held-out set, written after the rules were tuned on `cases.ts` and
 * scored once without changing any rule: the honest estimate for unseen pages.
 * Same gold conventions as `cases.ts`.
 */

import type { HeldoutCase } from './cases';

export const BLIND: HeldoutCase[] = [
  {
    label: 'a provincial People’s Committee meeting',
    paragraphs: [
      'Sáng 3/4, đồng chí Hầu Minh Lợi, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Tây Ninh chủ trì phiên họp thường kỳ tháng 3.',
      'Theo báo cáo, quý I, tổng sản phẩm trên địa bàn tỉnh tăng 8,2%; thu ngân sách đạt 3.120 tỷ đồng, bằng 28% dự toán.',
      'Giám đốc Sở Kế hoạch và Đầu tư Trần Văn Chiến kiến nghị đẩy nhanh giải ngân 1.450 tỷ đồng vốn đầu tư công.',
    ],
    officials: [
      { name: 'Hầu Minh Lợi', positions: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh Tây Ninh'] },
      { name: 'Trần Văn Chiến', positions: ['Giám đốc Sở Kế hoạch và Đầu tư'] },
    ],
    figures: [
      { value: 8.2, unit: '%' },
      { value: 3120, unit: 'tỷ đồng' },
      { value: 28, unit: '%' },
      { value: 1450, unit: 'tỷ đồng' },
    ],
    documents: [],
  },
  {
    label: 'a Politburo working session with a list',
    paragraphs: [
      'Cùng dự có các đồng chí: Nguyễn Quang Dương, Ủy viên Bộ Chính trị, Chủ nhiệm Ủy ban Kiểm tra Trung ương; Đào Ngọc Hân, Bí thư Trung ương Đảng, Trưởng Ban Nội chính Trung ương; Trung tướng Võ Minh Lương, Thứ trưởng Bộ Công an.',
      'Đoàn công tác ghi nhận tỉnh đã kết nạp 2.300 đảng viên mới, đạt 115% kế hoạch năm.',
    ],
    officials: [
      {
        name: 'Nguyễn Quang Dương',
        positions: ['Ủy viên Bộ Chính trị', 'Chủ nhiệm Ủy ban Kiểm tra Trung ương'],
      },
      { name: 'Đào Ngọc Hân', positions: ['Bí thư Trung ương Đảng', 'Trưởng Ban Nội chính Trung ương'] },
      { name: 'Võ Minh Lương', positions: ['Thứ trưởng Bộ Công an'], attributes: ['Trung tướng'] },
    ],
    figures: [
      { value: 2300, unit: 'đảng viên' },
      { value: 115, unit: '%' },
    ],
    documents: [],
  },
  {
    label: 'a foreign visit with a Lao counterpart',
    paragraphs: [
      'Chủ tịch Quốc hội Lào Bounmy Keomany hội đàm với Phó Chủ tịch Quốc hội Nguyễn Khắc Định tại Hà Nội.',
      'Hai bên đánh giá kim ngạch thương mại hai chiều năm 2024 đạt gần 2,2 tỷ USD.',
    ],
    officials: [
      { name: 'Bounmy Keomany', positions: ['Chủ tịch Quốc hội Lào'] },
      { name: 'Nguyễn Khắc Định', positions: ['Phó Chủ tịch Quốc hội'] },
    ],
    figures: [{ value: 2.2, unit: 'tỷ USD' }],
    documents: [],
  },
  {
    label: 'a ministry conference with verbs after titles',
    paragraphs: [
      'Thứ trưởng Bộ Giáo dục và Đào tạo Phạm Ngọc Thưởng nhận định kỳ thi diễn ra an toàn với hơn 1,16 triệu thí sinh dự thi.',
      'Ông Huỳnh Văn Chương, Cục trưởng Cục Quản lý chất lượng công bố điểm thi trước ngày 16/7.',
      'Bà Vi Thị Hương, Phó Chủ tịch UBND tỉnh Lạng Sơn đánh giá cao sự phối hợp của các lực lượng.',
    ],
    officials: [
      { name: 'Phạm Ngọc Thưởng', positions: ['Thứ trưởng Bộ Giáo dục và Đào tạo'] },
      { name: 'Huỳnh Văn Chương', positions: ['Cục trưởng Cục Quản lý chất lượng'] },
      { name: 'Vi Thị Hương', positions: ['Phó Chủ tịch UBND tỉnh Lạng Sơn'] },
    ],
    figures: [{ value: 1.16, unit: 'triệu thí sinh' }],
    documents: [],
  },
  {
    label: 'documents and non-figures in a policy article',
    paragraphs: [
      'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị và Quyết định số 759/QĐ-TTg, tỉnh đã ban hành Kế hoạch số 45-KH/TU.',
      'Theo Nghị định số 73/2024/NĐ-CP, mức lương cơ sở là 2,34 triệu đồng/tháng từ ngày 1/7/2024; Luật Đất đai số 31/2024/QH15 có hiệu lực.',
      'Hội nghị Trung ương 10 khóa XIII và Kỳ họp thứ 8 đã bàn về vấn đề này.',
    ],
    officials: [],
    figures: [{ value: 2.34, unit: 'triệu đồng' }],
    documents: ['57-NQ/TW', '759/QĐ-TTg', '45-KH/TU', '73/2024/NĐ-CP', '31/2024/QH15'],
  },
  {
    label: 'a memorial visit and an honorary title',
    paragraphs: [
      'Đoàn đại biểu do đồng chí Đỗ Văn Hiếu, Ủy viên Trung ương Đảng, Bí thư Thành ủy Đà Nẵng dẫn đầu đã đến dâng hương tại Khu di tích Nguyễn Văn Trỗi.',
      'Đoàn đã thăm hỏi Mẹ Việt Nam Anh hùng Lê Thị Tám, 96 tuổi, và trao 50 suất quà, mỗi suất 2 triệu đồng.',
    ],
    officials: [{ name: 'Đỗ Văn Hiếu', positions: ['Ủy viên Trung ương Đảng', 'Bí thư Thành ủy Đà Nẵng'] }],
    figures: [
      { value: 96, unit: 'tuổi' },
      { value: 50, unit: 'suất' },
      { value: 2, unit: 'triệu đồng' },
    ],
    documents: [],
  },
  {
    label: 'a military ceremony',
    paragraphs: [
      'Thượng tướng Phùng Sĩ Tấn, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam trao quyết định cho Đại tá Nguyễn Văn Thuận giữ chức Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà Giang.',
      'Năm qua, đơn vị tổ chức huấn luyện cho 1.200 chiến sĩ mới, 100% đạt yêu cầu.',
    ],
    officials: [
      {
        name: 'Phùng Sĩ Tấn',
        positions: ['Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam'],
        attributes: ['Thượng tướng'],
      },
      {
        name: 'Nguyễn Văn Thuận',
        positions: ['Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà Giang'],
        attributes: ['Đại tá'],
      },
    ],
    figures: [
      { value: 1200, unit: 'chiến sĩ' },
      { value: 100, unit: '%' },
    ],
    documents: [],
  },
  {
    label: 'a front organisation congress',
    paragraphs: [
      'Phát biểu chỉ đạo, đồng chí Hà Thị Nga, Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam ghi nhận những kết quả Hội đạt được trong nhiệm kỳ qua.',
      'Đại hội bầu 45 ủy viên Ban Chấp hành; ông Lê Văn Thành tái đắc cử.',
    ],
    officials: [
      { name: 'Hà Thị Nga', positions: ['Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'] },
      { name: 'Lê Văn Thành', positions: [] },
    ],
    figures: [{ value: 45, unit: 'ủy viên' }],
    documents: [],
  },
];
