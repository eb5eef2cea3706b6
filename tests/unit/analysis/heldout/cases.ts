/**
 * Held-out evaluation set: short articles written for this purpose in the style of
 * dangcongsan.vn, Nhân Dân and baochinhphu news. None of these sentences are in the
 * fixtures, and the word lists were not built from them, so scores here estimate
 * how the analysis does on CPV pages it has never seen. Names are invented (or
 * common full names), not sitting officials.
 *
 * Gold follows tests/fixtures/README.md: positions as written, split at commas;
 * ranks, degrees and honorifics are not positions; a role given by a verb phrase
 * (`làm Trưởng đoàn`) is not a position, a post given with `giữ chức` is; a figure
 * is a number with its unit (value as written, scale word in the unit); dates,
 * years, ordinals, congress numerals and document numbers are not figures.
 */

export interface HeldoutOfficial {
  name: string;
  positions: string[];
  /** Ranks and degrees expected as attributes (checked when given). */
  attributes?: string[];
}

export interface HeldoutCase {
  label: string;
  title?: string;
  sapo?: string;
  paragraphs: string[];
  captions?: string[];
  officials: HeldoutOfficial[];
  figures: { value: number; unit: string }[];
  documents: string[];
}

export const HELDOUT: HeldoutCase[] = [
  {
    label: 'a reception of a foreign ambassador',
    title: 'Chủ tịch nước tiếp Đại sứ Cộng hòa Pháp chào từ biệt',
    paragraphs: [
      'Chiều 12/3, tại Phủ Chủ tịch, Ủy viên Bộ Chính trị, Chủ tịch nước Nguyễn Thành Đạt tiếp Đại sứ Cộng hòa Pháp tại Việt Nam Laurent Dubois đến chào từ biệt.',
      'Chủ tịch nước đánh giá cao những đóng góp của Đại sứ, góp phần đưa kim ngạch thương mại song phương đạt hơn 7 tỷ USD trong năm 2024.',
    ],
    officials: [
      { name: 'Nguyễn Thành Đạt', positions: ['Ủy viên Bộ Chính trị', 'Chủ tịch nước'] },
      { name: 'Laurent Dubois', positions: ['Đại sứ Cộng hòa Pháp tại Việt Nam'] },
    ],
    figures: [{ value: 7, unit: 'tỷ USD' }],
    documents: [],
  },
  {
    label: 'a delegation list with ranks and degrees',
    paragraphs: [
      'Dự hội nghị có các đồng chí: Trần Quốc Khánh, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương; Lê Thị Thu Hằng, Bí thư Trung ương Đảng, Trưởng Ban Dân vận Trung ương; Thượng tướng Hoàng Minh Tuấn, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng; GS.TS Phạm Đức Thắng, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh.',
    ],
    officials: [
      { name: 'Trần Quốc Khánh', positions: ['Ủy viên Bộ Chính trị', 'Trưởng Ban Tổ chức Trung ương'] },
      { name: 'Lê Thị Thu Hằng', positions: ['Bí thư Trung ương Đảng', 'Trưởng Ban Dân vận Trung ương'] },
      {
        name: 'Hoàng Minh Tuấn',
        positions: ['Ủy viên Trung ương Đảng', 'Thứ trưởng Bộ Quốc phòng'],
        attributes: ['Thượng tướng'],
      },
      {
        name: 'Phạm Đức Thắng',
        positions: ['Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh'],
        attributes: ['GS.TS'],
      },
    ],
    figures: [],
    documents: [],
  },
  {
    label: 'an unknown verb straight after a provincial title',
    paragraphs: [
      'Đồng chí Vũ Hồng Quang, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quảng Nam quán triệt nội dung cơ bản của Nghị quyết.',
      'Đồng chí Trần Minh Đức, Bí thư Tỉnh ủy Long An phát động phong trào thi đua đặc biệt.',
    ],
    officials: [
      { name: 'Vũ Hồng Quang', positions: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy Quảng Nam'] },
      { name: 'Trần Minh Đức', positions: ['Bí thư Tỉnh ủy Long An'] },
    ],
    figures: [],
    documents: [],
  },
  {
    label: 'unknown verbs after ministry and department titles',
    paragraphs: [
      'Ông Ngô Xuân Trường, Giám đốc Sở Y tế Hà Nội thông tin thêm về tình hình dịch bệnh.',
      'Bà Nguyễn Thị Kim Thoa, Vụ trưởng Vụ Pháp chế, Bộ Tư pháp giải thích rõ hơn về dự thảo.',
      'Ông Lê Hồng Thái, Tổng Giám đốc Tập đoàn Dầu khí Việt Nam thừa nhận tiến độ còn chậm.',
      'Đồng chí Đinh Văn Toàn, Chủ tịch UBND tỉnh Nghệ An tiếp thu ý kiến của cử tri.',
    ],
    officials: [
      { name: 'Ngô Xuân Trường', positions: ['Giám đốc Sở Y tế Hà Nội'] },
      { name: 'Nguyễn Thị Kim Thoa', positions: ['Vụ trưởng Vụ Pháp chế', 'Bộ Tư pháp'] },
      { name: 'Lê Hồng Thái', positions: ['Tổng Giám đốc Tập đoàn Dầu khí Việt Nam'] },
      { name: 'Đinh Văn Toàn', positions: ['Chủ tịch UBND tỉnh Nghệ An'] },
    ],
    figures: [],
    documents: [],
  },
  {
    label: 'a National Assembly session',
    title: 'Quốc hội thảo luận về kế hoạch đầu tư công trung hạn',
    paragraphs: [
      'Phó Chủ tịch Quốc hội Trịnh Hữu Nghĩa điều hành phiên thảo luận.',
      'Giải trình trước Quốc hội, Bộ trưởng Bộ Kế hoạch và Đầu tư Lý Thị Hạnh cho biết tổng vốn đầu tư công năm 2025 đạt khoảng 790 nghìn tỷ đồng, tăng 12,5% so với năm trước.',
      'Đại biểu Quốc hội tỉnh Thanh Hóa Đinh Công Bằng chất vấn về tiến độ các dự án cao tốc.',
    ],
    officials: [
      { name: 'Trịnh Hữu Nghĩa', positions: ['Phó Chủ tịch Quốc hội'] },
      { name: 'Lý Thị Hạnh', positions: ['Bộ trưởng Bộ Kế hoạch và Đầu tư'] },
      { name: 'Đinh Công Bằng', positions: ['Đại biểu Quốc hội tỉnh Thanh Hóa'] },
    ],
    figures: [
      { value: 790, unit: 'nghìn tỷ đồng' },
      { value: 12.5, unit: '%' },
    ],
    documents: [],
  },
  {
    label: 'an appointment with “giữ chức”',
    title: 'Bổ nhiệm Thứ trưởng Bộ Nội vụ',
    paragraphs: [
      'Thủ tướng Chính phủ đã ký Quyết định 1624/QĐ-TTg bổ nhiệm ông Mai Văn Tiến, Phó Chủ tịch UBND tỉnh Bắc Ninh, giữ chức Thứ trưởng Bộ Nội vụ.',
      'Phó Thủ tướng Thường trực Chính phủ Hồ Quang Vinh trao quyết định và chúc mừng đồng chí Mai Văn Tiến.',
    ],
    officials: [
      { name: 'Mai Văn Tiến', positions: ['Phó Chủ tịch UBND tỉnh Bắc Ninh', 'Thứ trưởng Bộ Nội vụ'] },
      { name: 'Hồ Quang Vinh', positions: ['Phó Thủ tướng Thường trực Chính phủ'] },
    ],
    figures: [],
    documents: ['1624/QĐ-TTg'],
  },
  {
    label: 'an obituary',
    title: 'Tin buồn',
    paragraphs: [
      'Đồng chí Lương Văn Khải, sinh năm 1938, quê xã Hoằng Lộc, huyện Hoằng Hóa, tỉnh Thanh Hóa; nguyên Ủy viên Ban Chấp hành Trung ương Đảng, nguyên Bộ trưởng Bộ Thủy lợi; Huân chương Độc lập hạng Nhất; đã từ trần hồi 14 giờ 20 phút, ngày 5/2/2025, tại Bệnh viện Trung ương Quân đội 108, hưởng thọ 87 tuổi.',
      'Lễ truy điệu và an táng tại Nghĩa trang Mai Dịch, Hà Nội.',
    ],
    officials: [
      {
        name: 'Lương Văn Khải',
        positions: ['nguyên Ủy viên Ban Chấp hành Trung ương Đảng', 'nguyên Bộ trưởng Bộ Thủy lợi'],
      },
    ],
    figures: [{ value: 87, unit: 'tuổi' }],
    documents: [],
  },
  {
    label: 'provincial news with money, ratio, percent and area',
    title: 'Bí thư Tỉnh ủy Quảng Nam làm việc với huyện Núi Thành',
    sapo: 'Sáng 20/5, đồng chí Phan Thanh Hải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quảng Nam làm việc với Ban Thường vụ Huyện ủy Núi Thành.',
    paragraphs: [
      'Năm 2024, tổng thu ngân sách trên địa bàn huyện đạt gần 4.850 tỷ đồng, gấp 1,3 lần so với năm 2023; tỷ lệ hộ nghèo giảm còn 2,1%.',
      'Phát biểu kết luận, Bí thư Tỉnh ủy đề nghị huyện tập trung giải phóng mặt bằng 320 ha cho các dự án công nghiệp.',
    ],
    officials: [
      { name: 'Phan Thanh Hải', positions: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy Quảng Nam'] },
    ],
    figures: [
      { value: 4850, unit: 'tỷ đồng' },
      { value: 1.3, unit: 'lần' },
      { value: 2.1, unit: '%' },
      { value: 320, unit: 'ha' },
    ],
    documents: [],
  },
  {
    label: 'a military delegation joined with “và”',
    paragraphs: [
      'Đại tướng Trương Quang Nghiệp, Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng dẫn đầu đoàn đại biểu cấp cao thăm chính thức Cộng hòa Ấn Độ.',
      'Cùng đi có Thượng tướng Lê Hoài Nam, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng và Trung tướng Nguyễn Bá Phúc, Tư lệnh Quân khu 3.',
    ],
    officials: [
      {
        name: 'Trương Quang Nghiệp',
        positions: ['Ủy viên Bộ Chính trị', 'Phó Bí thư Quân ủy Trung ương', 'Bộ trưởng Bộ Quốc phòng'],
        attributes: ['Đại tướng'],
      },
      {
        name: 'Lê Hoài Nam',
        positions: ['Ủy viên Trung ương Đảng', 'Thứ trưởng Bộ Quốc phòng'],
        attributes: ['Thượng tướng'],
      },
      { name: 'Nguyễn Bá Phúc', positions: ['Tư lệnh Quân khu 3'], attributes: ['Trung tướng'] },
    ],
    figures: [],
    documents: [],
  },
  {
    label: 'an academic conference',
    paragraphs: [
      'Hội thảo khoa học quốc gia do Học viện Chính trị quốc gia Hồ Chí Minh phối hợp với Tạp chí Cộng sản tổ chức, thu hút hơn 200 nhà khoa học.',
      'PGS.TS Nguyễn Thị Phương Thảo, Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh chủ trì hội thảo.',
      'Tham luận của GS.TS Tạ Quang Vinh, nguyên Phó Giám đốc Học viện nhấn mạnh yêu cầu đổi mới tư duy lý luận.',
    ],
    officials: [
      {
        name: 'Nguyễn Thị Phương Thảo',
        positions: ['Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh'],
        attributes: ['PGS.TS'],
      },
      { name: 'Tạ Quang Vinh', positions: ['nguyên Phó Giám đốc Học viện'], attributes: ['GS.TS'] },
    ],
    figures: [{ value: 200, unit: 'nhà khoa học' }],
    documents: [],
  },
  {
    label: 'places, streets and institutions named after people',
    paragraphs: [
      'Năm 2024, Thành phố Hồ Chí Minh thu hút 3,2 tỷ USD vốn đầu tư nước ngoài, tập trung dọc đường Lê Duẩn, đường Võ Văn Kiệt và tại TP. Thủ Đức.',
      'Đoàn đã vào Lăng viếng Chủ tịch Hồ Chí Minh, dâng hương tại Đền thờ Lý Thái Tổ và thăm Bảo tàng Hồ Chí Minh, Trường Đại học Lê Quý Đôn.',
      'Sinh viên Trường Đại học Sư phạm Thành phố Hồ Chí Minh tham gia chiến dịch Mùa hè xanh tại Quảng Nam và Quảng Ngãi.',
    ],
    officials: [{ name: 'Hồ Chí Minh', positions: ['Chủ tịch'] }],
    figures: [{ value: 3.2, unit: 'tỷ USD' }],
    documents: [],
  },
  {
    label: 'a foreign head of state',
    paragraphs: [
      'Chiều 8/10, tại Điện Élysée, Tổng thống Pháp Emmanuel Macron đã đón Thủ tướng Chính phủ Phạm Quốc Hưng thăm chính thức Cộng hòa Pháp.',
      'Hai bên nhất trí phấn đấu nâng kim ngạch thương mại song phương lên 10 tỷ USD.',
    ],
    officials: [
      { name: 'Emmanuel Macron', positions: ['Tổng thống Pháp'] },
      { name: 'Phạm Quốc Hưng', positions: ['Thủ tướng Chính phủ'] },
    ],
    figures: [{ value: 10, unit: 'tỷ USD' }],
    documents: [],
  },
  {
    label: 'NAME - TITLE with counts and money',
    paragraphs: [
      'Phát biểu tại hội nghị, ông Nguyễn Hữu Phước - Cục trưởng Cục Quản lý thị trường tỉnh Bình Dương cho biết, trong 6 tháng đầu năm, lực lượng quản lý thị trường đã kiểm tra gần 4.500 vụ việc, xử lý hơn 3.820 vụ vi phạm, thu nộp ngân sách trên 312 tỷ đồng.',
    ],
    officials: [
      { name: 'Nguyễn Hữu Phước', positions: ['Cục trưởng Cục Quản lý thị trường tỉnh Bình Dương'] },
    ],
    figures: [
      { value: 6, unit: 'tháng' },
      { value: 4500, unit: 'vụ việc' },
      { value: 3820, unit: 'vụ vi phạm' },
      { value: 312, unit: 'tỷ đồng' },
    ],
    documents: [],
  },
  {
    label: 'Party and State documents of every family',
    paragraphs: [
      'Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương và Kết luận 121-KL/TW ngày 24/01/2025, Bộ Nội vụ đã ban hành Thông tư 01/2024/TT-BNV và Công văn 1234/BNV-TCBC hướng dẫn sắp xếp tổ chức bộ máy.',
      'Quốc hội đã thông qua Luật số 15/2023/QH15; Ban Bí thư ban hành Chỉ thị 35-CT/TW, Quy định 144-QĐ/TW và Hướng dẫn 06-HD/TW.',
      'Chính phủ ban hành Nghị định 178/2024/NĐ-CP ngày 31/12/2024, Nghị quyết số 27/NQ-CP; Thủ tướng ban hành Công điện 145/CĐ-TTg; Ủy ban Thường vụ Quốc hội ban hành Nghị quyết 1245/2024/UBTVQH15.',
      'Bộ Chính trị ban hành Quy định số 08-QĐi/TW, Thông báo kết luận số 12-TB/TW và Kế hoạch số 01-KH/BCĐ của Ban Chỉ đạo.',
    ],
    officials: [],
    figures: [],
    documents: [
      '18-NQ/TW',
      '121-KL/TW',
      '01/2024/TT-BNV',
      '1234/BNV-TCBC',
      '15/2023/QH15',
      '35-CT/TW',
      '144-QĐ/TW',
      '06-HD/TW',
      '178/2024/NĐ-CP',
      '27/NQ-CP',
      '145/CĐ-TTg',
      '1245/2024/UBTVQH15',
      '08-QĐi/TW',
      '12-TB/TW',
      '01-KH/BCĐ',
    ],
  },
  {
    label: 'numbers that are not figures',
    paragraphs: [
      'Hội nghị lần thứ 14 Ban Chấp hành Trung ương Đảng khóa XIII chuẩn bị cho Đại hội XIV của Đảng.',
      'Kỳ họp thứ 9, Quốc hội khóa XV khai mạc ngày 5/5/2025 và dự kiến bế mạc trong tháng 6/2025.',
      'Bão số 4 đổ bộ vào đất liền lúc 10 giờ sáng; Bộ Tư lệnh Quân khu 4 và Sư đoàn 324 tổ chức ứng cứu.',
      'Giai đoạn 2026-2030, tỉnh thực hiện Điều 12 Luật Đất đai; số liệu quý III/2025 cho thấy Quốc lộ 1A đã thông xe, tổ dân phố số 7 không bị ngập.',
      'Hội nghị Trung ương 11 thông qua Tờ trình; Đề án được trình bày tại Phòng họp 205 Nhà Quốc hội.',
    ],
    officials: [],
    figures: [],
    documents: [],
  },
  {
    label: 'disaster figures with ranges and qualifiers',
    paragraphs: [
      'Bão đã làm 12 người chết, 3 người mất tích; hơn 1.500 ngôi nhà bị tốc mái.',
      'Lượng mưa phổ biến 300-500 mm, có nơi trên 700 mm. Khoảng 8.500 ha lúa bị ngập úng.',
      'Tổng thiệt hại ước tính khoảng 2.300 tỷ đồng; Trung ương hỗ trợ khẩn cấp 150 tỷ đồng và 2.000 tấn gạo.',
    ],
    officials: [],
    figures: [
      { value: 12, unit: 'người' },
      { value: 3, unit: 'người' },
      { value: 1500, unit: 'ngôi nhà' },
      { value: 300, unit: 'mm' },
      { value: 500, unit: 'mm' },
      { value: 700, unit: 'mm' },
      { value: 8500, unit: 'ha' },
      { value: 2300, unit: 'tỷ đồng' },
      { value: 150, unit: 'tỷ đồng' },
      { value: 2000, unit: 'tấn' },
    ],
    documents: [],
  },
  {
    label: 'economic figures',
    title: 'GDP năm 2024 tăng 7,09%',
    paragraphs: [
      'Quy mô nền kinh tế đạt 476,3 tỷ USD; thu nhập bình quân đầu người đạt 4.700 USD.',
      'Kim ngạch xuất khẩu đạt 405,53 tỷ USD, tăng 14,3%; thặng dư thương mại khoảng 24,77 tỷ USD.',
      'Thu ngân sách nhà nước đạt hơn 2 triệu tỷ đồng, vượt 19,1% dự toán; giải ngân vốn FDI gấp 1,1 lần cùng kỳ.',
    ],
    officials: [],
    figures: [
      { value: 7.09, unit: '%' },
      { value: 476.3, unit: 'tỷ USD' },
      { value: 4700, unit: 'USD' },
      { value: 405.53, unit: 'tỷ USD' },
      { value: 14.3, unit: '%' },
      { value: 24.77, unit: 'tỷ USD' },
      { value: 2, unit: 'triệu tỷ đồng' },
      { value: 19.1, unit: '%' },
      { value: 1.1, unit: 'lần' },
    ],
    documents: [],
  },
  {
    label: 'a city party meeting with repeated mentions',
    paragraphs: [
      'Đồng chí Hoàng Văn Sơn, Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND Thành phố Hà Nội chủ trì hội nghị.',
      'Đồng chí Hoàng Văn Sơn yêu cầu các quận, huyện hoàn thành việc sắp xếp trước ngày 30/6.',
      'Bà Hà Thị Minh Châu, Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam, cũng dự hội nghị.',
    ],
    officials: [
      {
        name: 'Hoàng Văn Sơn',
        positions: ['Phó Bí thư Thường trực Thành ủy', 'Chủ tịch HĐND Thành phố Hà Nội'],
      },
      { name: 'Hà Thị Minh Châu', positions: ['Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam'] },
    ],
    figures: [],
    documents: [],
  },
  {
    label: 'ethnic-minority names behind a cue',
    paragraphs: [
      'Ông Giàng A Tủa, Phó Chủ tịch UBND tỉnh Lào Cai kiểm tra công tác khắc phục hậu quả mưa lũ.',
      'Đồng chí Lò Văn Muôn, Bí thư Huyện ủy Mường Tè báo cáo tình hình 25 bản bị chia cắt.',
    ],
    officials: [
      { name: 'Giàng A Tủa', positions: ['Phó Chủ tịch UBND tỉnh Lào Cai'] },
      { name: 'Lò Văn Muôn', positions: ['Bí thư Huyện ủy Mường Tè'] },
    ],
    figures: [{ value: 25, unit: 'bản' }],
    documents: [],
  },
  {
    label: 'NAME (TITLE) with a comma inside the organisation',
    paragraphs: [
      'Theo ông Đỗ Trọng Hiếu (Phó Cục trưởng Cục Quản lý đê điều và Phòng, chống thiên tai), có 21 tuyến đê xung yếu cần gia cố.',
    ],
    officials: [
      { name: 'Đỗ Trọng Hiếu', positions: ['Phó Cục trưởng Cục Quản lý đê điều và Phòng, chống thiên tai'] },
    ],
    figures: [{ value: 21, unit: 'tuyến đê' }],
    documents: [],
  },
  {
    label: 'a caption with a photo credit',
    paragraphs: ['Lễ đón nhận Huân chương diễn ra trang trọng.'],
    captions: [
      'Thủ tướng Phạm Quốc Hưng trao Huân chương Lao động hạng Nhất cho Tập đoàn Điện lực Việt Nam. Ảnh: Trần Hải',
    ],
    officials: [{ name: 'Phạm Quốc Hưng', positions: ['Thủ tướng'] }],
    figures: [],
    documents: [],
  },
  {
    label: 'a provincial congress electing a secretary',
    paragraphs: [
      'Đại hội đã bầu 61 đồng chí vào Ban Chấp hành Đảng bộ tỉnh khóa XX, nhiệm kỳ 2025-2030.',
      'Tại phiên họp thứ nhất, Ban Chấp hành đã bầu đồng chí Phùng Thanh Vinh, Ủy viên Trung ương Đảng giữ chức Bí thư Tỉnh ủy Nghệ An.',
    ],
    officials: [
      { name: 'Phùng Thanh Vinh', positions: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy Nghệ An'] },
    ],
    figures: [{ value: 61, unit: 'đồng chí' }],
    documents: [],
  },
  {
    label: 'a disciplinary decision about former officials',
    paragraphs: [
      'Ủy ban Kiểm tra Trung ương đề nghị Bộ Chính trị thi hành kỷ luật ông Lâm Văn Tường, nguyên Phó Bí thư Tỉnh ủy, nguyên Chủ tịch UBND tỉnh Bình Thuận.',
      'Các vi phạm đã gây thiệt hại hơn 1.000 tỷ đồng cho ngân sách nhà nước.',
    ],
    officials: [
      {
        name: 'Lâm Văn Tường',
        positions: ['nguyên Phó Bí thư Tỉnh ủy', 'nguyên Chủ tịch UBND tỉnh Bình Thuận'],
      },
    ],
    figures: [{ value: 1000, unit: 'tỷ đồng' }],
    documents: [],
  },
  {
    label: 'a working delegation led by “làm Trưởng đoàn”',
    paragraphs: [
      'Đoàn công tác do đồng chí Lê Quang Tuấn, Phó Trưởng Ban Kinh tế Trung ương làm Trưởng đoàn đã làm việc tại tỉnh Gia Lai.',
      'Phó Chủ tịch nước Võ Thị Ánh Hồng tiếp Đoàn đại biểu Hội Cựu chiến binh tỉnh Bến Tre do ông Lưu Văn Đức, Chủ tịch Hội Cựu chiến binh tỉnh, làm Trưởng đoàn.',
    ],
    officials: [
      { name: 'Lê Quang Tuấn', positions: ['Phó Trưởng Ban Kinh tế Trung ương'] },
      { name: 'Võ Thị Ánh Hồng', positions: ['Phó Chủ tịch nước'] },
      { name: 'Lưu Văn Đức', positions: ['Chủ tịch Hội Cựu chiến binh tỉnh'] },
    ],
    figures: [],
    documents: [],
  },
  {
    label: 'two prepositive titles joined with “và”',
    paragraphs: [
      'Chủ tịch Quốc hội Vương Đình Khang và Phó Chủ tịch Quốc hội Nguyễn Thị Thanh Vân đồng chủ trì phiên họp.',
      'Chánh án Tòa án nhân dân tối cao Nguyễn Văn Quảng và Viện trưởng Viện Kiểm sát nhân dân tối cao Đào Xuân Lực cùng dự.',
    ],
    officials: [
      { name: 'Vương Đình Khang', positions: ['Chủ tịch Quốc hội'] },
      { name: 'Nguyễn Thị Thanh Vân', positions: ['Phó Chủ tịch Quốc hội'] },
      { name: 'Nguyễn Văn Quảng', positions: ['Chánh án Tòa án nhân dân tối cao'] },
      { name: 'Đào Xuân Lực', positions: ['Viện trưởng Viện Kiểm sát nhân dân tối cao'] },
    ],
    figures: [],
    documents: [],
  },
  {
    label: 'heads of State bodies answering questions',
    paragraphs: [
      'Trả lời chất vấn, Thống đốc Ngân hàng Nhà nước Việt Nam Lê Thị Kim Oanh khẳng định tăng trưởng tín dụng đạt khoảng 15%.',
      'Tổng Kiểm toán Nhà nước Ngô Văn Tuấn Anh kiến nghị xử lý tài chính gần 52.000 tỷ đồng.',
      'Tổng Thanh tra Chính phủ Đoàn Hồng Phong báo cáo kết quả thanh tra 1.284 cuộc.',
    ],
    officials: [
      { name: 'Lê Thị Kim Oanh', positions: ['Thống đốc Ngân hàng Nhà nước Việt Nam'] },
      { name: 'Ngô Văn Tuấn Anh', positions: ['Tổng Kiểm toán Nhà nước'] },
      { name: 'Đoàn Hồng Phong', positions: ['Tổng Thanh tra Chính phủ'] },
    ],
    figures: [
      { value: 15, unit: '%' },
      { value: 52000, unit: 'tỷ đồng' },
      { value: 1284, unit: 'cuộc' },
    ],
    documents: [],
  },
  {
    label: 'officials introduced with more uncommon verbs',
    paragraphs: [
      'Bộ trưởng Bộ Tài chính Đặng Thị Ngọc Lan thẳng thắn nhìn nhận việc giải ngân còn chậm.',
      'Đồng chí Trần Văn Khoa, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Bắc Giang trao đổi với phóng viên.',
      'Ông Phạm Ngọc Tuấn, Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh An Giang lưu ý các đồn biên phòng tăng cường tuần tra.',
      'Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt đồng chủ trì phiên tham vấn chính trị.',
      'Đồng chí Bùi Thị Minh Hoài, Trưởng Ban Dân vận Trung ương tri ân các gia đình chính sách.',
    ],
    officials: [
      { name: 'Đặng Thị Ngọc Lan', positions: ['Bộ trưởng Bộ Tài chính'] },
      {
        name: 'Trần Văn Khoa',
        positions: ['Ủy viên Ban Thường vụ', 'Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Bắc Giang'],
      },
      { name: 'Phạm Ngọc Tuấn', positions: ['Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh An Giang'] },
      { name: 'Đỗ Hùng Việt', positions: ['Thứ trưởng Bộ Ngoại giao'] },
      { name: 'Bùi Thị Minh Hoài', positions: ['Trưởng Ban Dân vận Trung ương'] },
    ],
    figures: [],
    documents: [],
  },
  {
    label: 'a Party committee for the agencies',
    paragraphs: [
      'Đồng chí Nguyễn Long Hải, Bí thư Đảng ủy Khối các cơ quan Trung ương khai mạc hội nghị; có 250 đại biểu tham dự.',
      'Ông Cao Minh Quang, Chủ tịch Hội đồng thành viên Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam cho hay doanh thu đạt 168.500 tỷ đồng.',
    ],
    officials: [
      { name: 'Nguyễn Long Hải', positions: ['Bí thư Đảng ủy Khối các cơ quan Trung ương'] },
      {
        name: 'Cao Minh Quang',
        positions: ['Chủ tịch Hội đồng thành viên Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam'],
      },
    ],
    figures: [
      { value: 250, unit: 'đại biểu' },
      { value: 168500, unit: 'tỷ đồng' },
    ],
    documents: [],
  },
  {
    label: 'a commemoration with a quoted leader and a byline',
    title: 'Kỷ niệm 80 năm Cách mạng Tháng Tám',
    paragraphs: [
      'Phát biểu tại lễ kỷ niệm, Tổng Bí thư Nguyễn Văn Hòa ôn lại chặng đường 80 năm vẻ vang của dân tộc.',
      'Nguyên Chủ tịch nước Trần Đức Thịnh và nguyên Thủ tướng Chính phủ Lê Văn Khương cũng tới dự.',
      'Theo TTXVN',
    ],
    officials: [
      { name: 'Nguyễn Văn Hòa', positions: ['Tổng Bí thư'] },
      { name: 'Trần Đức Thịnh', positions: ['Nguyên Chủ tịch nước'] },
      { name: 'Lê Văn Khương', positions: ['nguyên Thủ tướng Chính phủ'] },
    ],
    figures: [{ value: 80, unit: 'năm' }],
    documents: [],
  },
];
