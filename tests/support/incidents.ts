/** A realistic incident report input (fictional). */
export const incidentInput = (items: string[], over: Record<string, unknown> = {}) => ({
  type: 'lost',
  discoveredAt: '2026-11-23T13:30:00+07:00',
  place: 'Phòng Hợp tác quốc tế, Sở Ngoại vụ tỉnh Đắk Lắk',
  items,
  circumstances: 'Khi kiểm tra tủ tài liệu cuối ngày, cán bộ văn thư phát hiện thiếu một bản tài liệu.',
  personsInvolved: 'Ông Trần Văn Bình, chuyên viên',
  measures: 'Niêm phong tủ tài liệu, rà soát sổ giao nhận, báo cáo lãnh đạo Sở.',
  ...over,
});
