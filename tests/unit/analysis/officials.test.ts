import { describe, expect, it } from 'vitest';
import { consolidatePositions, findOfficials } from '../../../lib/analysis/officials/index';
import { articleOf } from './gold-article';

const officialsIn = (text: string) =>
  findOfficials(articleOf({ paragraphs: [text] })).map((o) => ({ name: o.name, positions: o.positions }));

describe('findOfficials', () => {
  it('reads a list after “có các đồng chí:” with semicolons between people', () => {
    expect(
      officialsIn(
        'Dự hội nghị có các đồng chí: Nguyễn Văn An, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội; Trần Thị Bình, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch; Phạm Quang Cường, Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội cùng lãnh đạo các ban.',
      ),
    ).toEqual([
      { name: 'Nguyễn Văn An', positions: ['Ủy viên Bộ Chính trị', 'Bí thư Thành ủy Hà Nội'] },
      { name: 'Trần Thị Bình', positions: ['Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch'] },
      { name: 'Phạm Quang Cường', positions: ['Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội'] },
    ]);
  });

  it('reads prepositive title chains and stops the name at the predicate', () => {
    expect(
      officialsIn('Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng Lê Văn Hải phát biểu.'),
    ).toEqual([
      { name: 'Lê Văn Hải', positions: ['Bí thư Trung ương Đảng', 'Chánh Văn phòng Trung ương Đảng'] },
    ]);
  });

  it('separates the place in a title from the name that follows it', () => {
    expect(officialsIn('Bí thư Tỉnh ủy Hà Tĩnh Nguyễn Văn Dũng chủ trì.')).toEqual([
      { name: 'Nguyễn Văn Dũng', positions: ['Bí thư Tỉnh ủy Hà Tĩnh'] },
    ]);
  });

  it('reads NAME – TITLE and NAME (TITLE)', () => {
    expect(officialsIn('1. Đỗ Văn Hòa - Ủy viên Trung ương Đảng, Phó Trưởng ban')).toEqual([
      { name: 'Đỗ Văn Hòa', positions: ['Ủy viên Trung ương Đảng', 'Phó Trưởng ban'] },
    ]);
    expect(officialsIn('Ông Vũ Minh Khang (Giám đốc Sở Tài chính) cho biết.')).toEqual([
      { name: 'Vũ Minh Khang', positions: ['Giám đốc Sở Tài chính'] },
    ]);
  });

  it('keeps ranks and degrees as attributes and strips honorifics', () => {
    const [o] = findOfficials(
      articleOf({
        paragraphs: ['Đại tướng Phan Văn Hùng, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng dự.'],
      }),
    );
    expect(o).toMatchObject({
      name: 'Phan Văn Hùng',
      positions: ['Ủy viên Bộ Chính trị', 'Bộ trưởng Bộ Quốc phòng'],
      attributes: ['Đại tướng'],
    });
    expect(findOfficials(articleOf({ paragraphs: ['PGS.TS Lê Thị Mai phát biểu.'] }))[0]?.attributes).toEqual(
      ['PGS.TS'],
    );
  });

  it('gives a post reached with “kiêm” or “giữ chức” to the same person', () => {
    expect(officialsIn('Đồng chí Hồ Văn Nam, Chủ tịch Đảng vẫn kiêm nhiệm Tổng Bí thư.')).toEqual([
      { name: 'Hồ Văn Nam', positions: ['Chủ tịch Đảng', 'Tổng Bí thư'] },
    ]);
    expect(
      officialsIn(
        'bổ nhiệm đồng chí Trung tướng Lê Văn Đạo, Tư lệnh Cảnh sát biển giữ chức Phó Tổng Tham mưu trưởng.',
      ),
    ).toEqual([{ name: 'Lê Văn Đạo', positions: ['Tư lệnh Cảnh sát biển', 'Phó Tổng Tham mưu trưởng'] }]);
  });

  it('gives titles between two names to the second person when they touch its name', () => {
    expect(
      officialsIn(
        'Tiễn biệt nguyên Chủ tịch nước Trần Văn Lâm, Ủy viên Bộ Chính trị, Chủ tịch nước Lương Văn Cường viết.',
      ),
    ).toEqual([
      { name: 'Trần Văn Lâm', positions: ['nguyên Chủ tịch nước'] },
      { name: 'Lương Văn Cường', positions: ['Ủy viên Bộ Chính trị', 'Chủ tịch nước'] },
    ]);
  });

  it('merges later mentions and keeps the fuller form of a repeated position', () => {
    const officials = findOfficials(
      articleOf({
        sapo: 'Thủ tướng Phạm Văn Chính chủ trì.',
        paragraphs: [
          'Đồng chí Phạm Văn Chính, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ phát biểu. Thủ tướng nhấn mạnh.',
        ],
      }),
    );
    expect(officials).toHaveLength(1);
    expect(officials[0]).toMatchObject({
      positions: ['Ủy viên Bộ Chính trị', 'Thủ tướng Chính phủ'],
      blockIndex: -2,
    });
    expect(officials[0]?.mentions).toBeGreaterThanOrEqual(3);
  });

  it('treats either tone placement as the same person', () => {
    const officials = findOfficials(
      articleOf({
        paragraphs: [
          'Đồng chí Nguyễn Hòa Bình, Ủy viên Bộ Chính trị dự.',
          'Đồng chí Nguyễn Hoà Bình, Uỷ viên Bộ Chính trị phát biểu.',
        ],
      }),
    );
    expect(officials).toHaveLength(1);
    expect(officials[0]?.positions).toEqual(['Ủy viên Bộ Chính trị']);
  });

  it('reads captions as well as paragraphs', () => {
    const officials = findOfficials(
      articleOf({ captions: ['Đồng chí Trương Thị Hoa, Trưởng Ban Tổ chức Trung ương phát biểu.'] }),
    );
    expect(officials[0]).toMatchObject({
      name: 'Trương Thị Hoa',
      positions: ['Trưởng Ban Tổ chức Trung ương'],
    });
  });

  const notOfficials: [string, string][] = [
    ['a city named after a person', 'Hội nghị diễn ra tại Thành phố Hồ Chí Minh và TP. Hồ Chí Minh.'],
    ['a mausoleum', 'Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh thực hiện nghi lễ.'],
    ['an organisation', 'Ủy ban Thường vụ Quốc hội, Ban Bí thư và Bộ Chính trị đã họp.'],
    ['a place after a title', 'Bí thư Tỉnh ủy Hà Tĩnh chủ trì hội nghị.'],
    ['a street address', 'Nhà tang lễ Quốc gia, số 5 Trần Thánh Tông, thành phố Hà Nội.'],
    ['a bare capitalised phrase', 'Tư tưởng Hồ Chí Minh soi đường cho Việt Nam.'],
  ];
  it.each(notOfficials)('does not take %s for an official', (_label, text) => {
    expect(officialsIn(text)).toEqual([]);
  });

  it('takes “Chủ tịch Hồ Chí Minh” for a person', () => {
    expect(officialsIn('Sự nghiệp của Chủ tịch Hồ Chí Minh rất vĩ đại.')).toEqual([
      { name: 'Hồ Chí Minh', positions: ['Chủ tịch'] },
    ]);
  });
});

describe('consolidatePositions', () => {
  it('drops repeats and shorter forms of a position given in full', () => {
    expect(
      consolidatePositions([
        'Thủ tướng',
        'Ủy viên Bộ Chính trị',
        'Thủ tướng Chính phủ',
        'Uỷ viên Bộ Chính trị',
      ]),
    ).toEqual(['Ủy viên Bộ Chính trị', 'Thủ tướng Chính phủ']);
  });
});
