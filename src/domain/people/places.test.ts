import { describe, expect, it } from 'vitest';
import { placesIn } from './places';

describe('placesIn', () => {
  it.each([
    ['Chủ tịch UBND tỉnh Thanh Hóa', ['Thanh Hóa']],
    ['Chủ tịch UBND tỉnh Thanh Hoá', ['Thanh Hóa']],
    ['Phó Bí thư Thành ủy TPHCM', ['TP Hồ Chí Minh']],
    ['Cục trưởng Cục Thuế TP.HCM', ['TP Hồ Chí Minh']],
    ['Chủ tịch TP Hải Phòng', ['Hải Phòng']],
    ['Giám đốc Sở Y tế Bà Rịa - Vũng Tàu', ['Bà Rịa - Vũng Tàu']],
    ['nguyên Bí thư Tỉnh ủy Nghệ An, nay là Bí thư Thành ủy Hà Nội', ['Hà Nội', 'Nghệ An']],
    ['Bộ trưởng Bộ Tài chính', []],
    ['Thủ tướng', []],
    ['Bí thư Quận ủy Quận 5', []],
    ['Giám đốc Công ty Long Anh', []],
  ])('%s → %j', (role, places) => {
    expect(placesIn(role)).toEqual(places);
  });
});
