/**
 * The closed word classes the officials recogniser needs. Titles themselves are
 * open-ended (`Bộ trưởng Bộ …`, `Bí thư Tỉnh ủy …`), so only their heads are listed
 * here; the organisation phrase after a head is read by grammar in titles.ts.
 * Everything is compared by `matchKey`, so `Ủy`/`Uỷ` need one entry.
 */

import { matchKey } from '../normalize';

const keys = (words: string): Set<string> => new Set(words.split('|').map((w) => matchKey(w.trim())));

/** Role heads, without modifiers (`Phó`, `nguyên`, `Quyền` are read separately). */
export const HEADS = keys(
  'Tổng Bí thư|Bí thư thứ nhất|Tổng thống|Phó Tổng thống|Quốc vương|Ngoại trưởng|Bí thư|Ủy viên|Chủ tịch nước|Chủ tịch|Thủ tướng|Bộ trưởng|Thứ trưởng|Trưởng ban|Trưởng Ban|Trưởng đoàn|Trưởng phòng|Trưởng khoa|Trưởng|Giám đốc|Tổng Giám đốc|Chánh Văn phòng|Chánh án|Chánh Thanh tra|Tổng Thanh tra|Viện trưởng|Vụ trưởng|Cục trưởng|Tổng cục trưởng|Chủ nhiệm|Tư lệnh|Chính ủy|Tham mưu trưởng|Tổng Tham mưu trưởng|Chỉ huy trưởng|Thư ký|Tổng Thư ký|Tổng Biên tập|Tổng Kiểm toán|Kiểm toán trưởng|Đại sứ|Tổng Lãnh sự|Lãnh sự|Hiệu trưởng|Thống đốc|Thường trực|Đại biểu|Người phát ngôn|Bí thư Thứ nhất|Chủ tịch danh dự|Giám đốc Sở|Trưởng Công an|Chủ tọa|Đoàn trưởng|Chỉ huy phó|Chính trị viên|Trưởng đại diện',
);

/** Modifiers in front of a head. `nguyên` (former) stays in the position text. */
export const MODIFIERS = keys('Phó|Quyền|nguyên|Nguyên|Phó Thường trực|Thường trực|Tân');

/** Military and police ranks: attributes of the person, not positions. */
export const RANKS = keys(
  'Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá|Đại úy|Thượng úy|Trung úy|Thiếu úy|Đô đốc|Phó Đô đốc|Chuẩn Đô đốc|Chuẩn đô đốc|Phó đô đốc|Nguyên soái',
);

/** Academic titles, degrees, honours and religious titles: attributes too. */
export const ACADEMIC = keys(
  'GS|PGS|TS|TSKH|ThS|Th.S|CN|KS|BS|GS.TS|PGS.TS|GS.TSKH|PGS.TSKH|GS.VS|Giáo sư|Phó Giáo sư|Tiến sĩ|Thạc sĩ|Nhà giáo Nhân dân|Nhà giáo Ưu tú|NGND|NGƯT|NSND|NSƯT|TTND|TTƯT|Nghệ sĩ Nhân dân|Nghệ sĩ Ưu tú|Anh hùng Lao động|Anh hùng Lực lượng vũ trang nhân dân|Hòa thượng|Thượng tọa|Linh mục|Mục sư|Đức Cha|Giám mục',
);

/** Address forms and the Party honorific: stripped. `các` makes the cue a list. */
export const HONORIFICS = keys('đồng chí|ông|bà|các đồng chí|các ông|các bà|các ông, bà|đ/c');

/** About a hundred surnames cover almost every Vietnamese name. */
export const SURNAMES = keys(
  'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Lâm|Đinh|Đào|Trịnh|Phùng|Triệu|Đoàn|Hà|Trương|Mai|Lương|Tô|Lưu|Cao|Chu|Châu|Tạ|Thái|Tăng|Quách|Kiều|Khổng|Mạc|Hứa|Vương|Diệp|La|Lại|Lã|Nghiêm|Từ|Tôn|Viên|Vi|Phí|Thân|Ninh|Âu|Đàm|Hầu|Giang|Khúc|Kim|Lò|Lục|Nông|Quan|Thạch|Tống|Trình|Ứng|Bế|Bạch|Cù|Cấn|Chẩu|Đậu|Giáp|Hàn|Hoa|Lạc|Mã|Nhữ|Sầm|Tiêu|Vy|Lã|Doãn|Khuất|Phó|Văn|Yên|Đồng|Mẫn|Trà|Kha|Chung|Bạc|Lục|Âu|Hạ|Trang|Tòng|Vòng|Thiều|Ông|Ma|Hùng|Khương|Biện|Kiều',
);

// Surnames that are more often something else: they only start a name behind a cue.
export const WEAK_SURNAMES = keys('Phó|Văn|Yên|Đồng|Trà|Chung|Trang|Ông|Hùng|Ma');

/** Words that start an organisation name; a segment starting so is not a name. */
export const ORG_FIRST = keys(
  'Bộ|Ban|Ủy|Ủy ban|Đảng|Đảng ủy|Hội|Hội đồng|Tổng cục|Cục|Vụ|Sở|Viện|Học viện|Trường|Văn phòng|Cơ quan|Quốc hội|Chính phủ|Tỉnh ủy|Thành ủy|Quân ủy|Huyện ủy|Công an|Tập đoàn|Tổng công ty|Công ty|Báo|Tạp chí|Đài|UBND|HĐND|MTTQ|Mặt trận|Trung ương|Quân khu|Quân đội|Bộ đội|Cảnh sát|Tòa án|Viện Kiểm sát|Kiểm toán|Ngân hàng|Thanh tra|Đoàn|Liên đoàn|Hiệp hội|Trung tâm|Nhà|Lăng|Tỉnh|Thành|Huyện|Quận|Xã|Phường|Nhà nước|Nghị quyết|Kết luận|Quyết định|Lễ|Hội nghị|Đại hội|Kỳ họp|Phiên|Thường vụ|Bệnh viện|Khu|Cảng|Sân|Quảng trường|Hội trường|Nghĩa trang|Đại học|Tổng Liên đoàn|Câu lạc bộ|Binh đoàn|Sư đoàn|Lữ đoàn|Trung đoàn|Tiểu đoàn|Đồn|Chi cục|Phòng|Ty|Ủy ban nhân dân|Hội đồng nhân dân|Tòa|Việt|Nam|Chủ nghĩa|Tư tưởng|Thủ đô|Thành phố|Tp|TP|Quốc|Cộng|Đông|Tây|Bắc|Trung|Miền|Châu|Liên|Nghệ|Quảng|Thanh|Kỷ|Cách|Chương|Điều|Khoản|Mục|Luật|Nghị',
);

/** Organisation words that can stand as their own item in a title chain (`…, Bộ Tư lệnh Bộ đội biên phòng`). */
export const CHAIN_ORGS = keys(
  'Bộ|Cơ quan|Ban|Tổng cục|Cục|Vụ|Sở|Viện|Học viện|Văn phòng|Ủy ban|Hội đồng|Đảng ủy|Tỉnh ủy|Thành ủy|Quân ủy|Huyện ủy|Công an|Bộ Tư lệnh|Quân khu|Quân đoàn|Tập đoàn|Tổng công ty|Công ty|Báo|Tạp chí|Đài|UBND|HĐND|Trường|Đại học|Bệnh viện|Trung tâm|Ngân hàng|Quân chủng|Binh chủng',
);

/** Places that start with a syllable that is also a surname. */
export const PLACES = keys(
  'Hà Nội|Hà Giang|Hà Nam|Hà Tĩnh|Hà Tây|Hà Đông|Lâm Đồng|Cao Bằng|Thái Bình|Thái Nguyên|Trà Vinh|Hồ Gươm|Châu Đốc|Lý Sơn|Hoàng Sa|Trường Sa|Kim Bôi|Mai Châu|Lào Cai|Quảng Ngãi|Quảng Nam|Đà Nẵng|Kon Tum|Cà Mau|Phú Thọ|Ninh Bình|Ninh Thuận|Bình Định|Long An|Vĩnh Long|Hòa Bình|Hải Phòng|Cần Thơ|Đồng Nai|Đồng Tháp|Tuyên Quang|Giang Nam|Lạng Sơn|Gia Lai|Ba Đình|Phú Yên|Thanh Hóa|Nghệ An|Sơn La|Yên Bái|Điện Biên|Lai Châu|Bắc Ninh|Bắc Giang|Hưng Yên|Hải Dương|Nam Định|Quảng Bình|Quảng Trị|Thừa Thiên Huế|Khánh Hòa|Đắk Lắk|Đắk Nông|Bình Dương|Bình Phước|Tây Ninh|Bà Rịa|Tiền Giang|Bến Tre|Sóc Trăng|Bạc Liêu|An Giang|Kiên Giang|Hậu Giang|Việt Nam|Trung Quốc|Hoa Kỳ',
);

/** A word before a capitalised run that makes the run a place or a street. */
export const PLACE_WORDS = keys(
  'tỉnh|thành phố|tp|tp.|huyện|quận|xã|phường|thị xã|thị trấn|đường|phố|số|thôn|ấp|bản|làng|xóm|ở|tại|sông|núi|đảo|biển|miền|vùng|khu|lăng|tượng|đền|chùa|tàu',
);

/** Words that end a title: predicates and prepositions that start the rest of the clause. */
export const STOP_WORDS = keys(
  'chủ trì|phát biểu|dự|tham dự|cho biết|cho rằng|nhấn mạnh|khẳng định|trao|trao tặng|tặng|thay mặt|điều hành|đọc|làm|ký|vừa|đã|sẽ|đang|được|bị|cùng|tới|đến|đi|thăm|tiếp|gặp|chúc mừng|khảo sát|báo cáo|trình bày|giữ chức|vẫn|yêu cầu|đề nghị|ghi|viết|xúc động|là|có|bằng|tại|với|trong|theo|cho|từ|khóa|khoá|nhiệm kỳ|các|những|nêu|kiến nghị|lưu ý|mong|chia sẻ|đánh giá|ghi nhận|biểu dương|cảm ơn|phụ trách|dẫn đầu|hướng dẫn|gửi|nói|trả lời|thông báo|công bố|ban hành|dâng|thắp|viếng|ở|trên|sau|trước|khi|gồm|và|mà|thì|nhưng|hoặc|lúc|vào|hôm|sáng|chiều|tối|ngày|năm|tháng|đề xuất|phân tích|giới thiệu|mở đầu|động viên|đồng thời|kiêm|kiêm nhiệm|nhận|chụp|bắt tay|tiễn|ân cần|trò chuyện|hỏi thăm|đánh|chỉ|luôn|cũng|vui mừng|bày tỏ|đồng chí|ông|bà|nay|hiện|sinh|quê|mất|từ trần|hy sinh|bổ nhiệm|bầu|đảm nhiệm|phê chuẩn|miễn nhiệm|cách chức|khai trừ|qua|quyết định|thuộc|ra|lên|xuống|này|đó',
);

/** A post given with one of these after a title is another position of the same person. */
export const CONTINUATIONS = keys(
  'kiêm|kiêm nhiệm|giữ chức|đồng thời là|là|đồng thời|vẫn kiêm nhiệm|vẫn kiêm',
);

/** Adverbs that can stand between a title and a continuation (`Chủ tịch Đảng vẫn kiêm nhiệm …`). */
export const LINK_ADVERBS = keys('vẫn|đồng thời|còn|cũng|nay|hiện');

/**
 * Lower-case words that organisation names are made of (`Viện Kiểm sát nhân dân
 * tối cao`, `Bộ đội biên phòng`, `Cộng hòa xã hội chủ nghĩa Việt Nam`). Inside a
 * title, a lower-case word that is neither one of these nor the second syllable
 * of a capitalised word is taken as the predicate that ends the title, so an
 * unlisted verb (`quán triệt`, `thông tin`) is not swallowed into the position.
 */
export const ORG_LOWER = keys(
  'nhân dân|quốc gia|tối cao|giao thông|biên phòng|biển|nông thôn|tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu|trung ương|các cơ quan|khu vực|vũ trang|thường trực|dự khuyết|thành viên|xã hội chủ nghĩa|chủ nghĩa|cộng sản|quân sự|quốc phòng|an ninh|dân tộc|tôn giáo|phụ nữ|thanh niên|cựu chiến binh|chiến binh|nông dân|công đoàn|doanh nghiệp|đô thị|cơ sở|hành chính|sự nghiệp|xã hội|môi trường|tài nguyên|thiên tai|đê điều|tư pháp|thanh tra|kiểm tra|kiểm sát|tuyên giáo|dân vận|nội chính|đối ngoại|kinh tế|văn hóa|truyền thông|du lịch|thể thao|khoa học|công nghệ|giáo dục|đào tạo|y tế|thương binh|phòng cháy|chữa cháy|cứu nạn|cứu hộ|hải quan|thuế|kho bạc|điện lực|khoáng sản|dầu khí|thị trường|cảnh sát|công an|quân đội|bộ đội|dân quân|tự vệ|hội đồng|quản trị|chỉ đạo|tổ chức|chi bộ|đảng bộ|đảng ủy|ủy ban|mặt trận|nhà nước|lâm thời|liên ngành|lâm nghiệp|nông nghiệp|ngân hàng|chính trị|tài chính|quốc tế|hữu nghị|kỷ luật|pháp chế|đại diện|lãnh sự|cấp tỉnh|cấp huyện|cấp xã|miền|vùng|thủy văn|khí tượng|thủy lợi|thủy sản|hàng hải|hàng không|đường sắt|đường bộ|bảo hiểm|thống kê|dự trữ|biên giới',
);

/** Names that institutions and places are named after: inside an organisation they are not a person. */
export const EPONYMS = keys(
  'Hồ Chí Minh|Nguyễn Ái Quốc|Tôn Đức Thắng|Lê Duẩn|Trường Chinh|Phạm Văn Đồng|Võ Nguyên Giáp|Võ Văn Kiệt|Lê Quý Đôn|Trần Hưng Đạo|Lý Thái Tổ|Nguyễn Trãi|Trần Phú|Lê Hồng Phong|Nguyễn Văn Cừ|Hà Huy Tập|Nguyễn Văn Linh|Lê Lợi|Quang Trung|Nguyễn Huệ|Lý Tự Trọng|Võ Thị Sáu|Nguyễn Thị Minh Khai',
);

/** Heads after which `tại` belongs to the title (`Đại sứ Việt Nam tại Pháp`). */
export const POSTED_HEADS = keys(
  'Đại sứ|Tổng Lãnh sự|Lãnh sự|Trưởng đại diện|Tùy viên|Trưởng Cơ quan đại diện',
);

/** Lower-case words that can follow a place name inside a title (`… Việt Nam tỉnh Quảng Nam`). */
export const ADMIN_TAIL = keys(
  'tỉnh|thành phố|huyện|quận|xã|phường|thị xã|thị trấn|đặc khu|khu vực|cấp tỉnh|cấp huyện|cấp xã',
);
