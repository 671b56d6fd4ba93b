/**
 * Vietnamese texts of the document settings (merged into renderer/ui/i18n/vi.ts under `documentSettings`): the
 * settings screen, and the warnings the print preview and the incident print step show for a setting left empty.
 */
export const documentSettingsVi = {
  heading: 'Thiết lập văn bản',
  intro:
    'Những gì văn bản của đơn vị in ngoài tên đơn vị: báo cáo sự cố, bìa sổ đăng ký, phiếu giao nhận, tờ khóa, tờ bìa gói. Mục để trống thì bản in để trống chỗ đó (không in dấu “…”) và bản xem trước báo thiếu.',
  placeName: 'Địa danh',
  placeNameHint:
    'Tên đơn vị hành chính nơi đơn vị đóng trụ sở, in trước ngày tháng: “Đắk Lắk, ngày 05 tháng 01 năm 2026”. Tối đa 60 ký tự.',
  parentBody: 'Cơ quan chủ quản',
  parentBodyHint:
    'Dòng trên cùng của đầu văn bản, trên tên đơn vị, ví dụ “Ủy ban nhân dân tỉnh Đắk Lắk”. Để trống nếu đơn vị không có cơ quan chủ quản.',
  archiveUnit: 'Chữ viết tắt đơn vị soạn thảo (dòng “Lưu”)',
  archiveUnitHint: 'Ví dụ PA03 cho dòng cuối của “Nơi nhận”: “- Lưu: VT, PA03 (01).”',
  archiveCopies: 'Số bản lưu',
  archiveCopiesHint:
    'Từ 1 đến 20 bản đơn vị giữ lại. Báo cáo sự cố được vào sổ với số bản này cộng một bản gửi đi; là số bản in mặc định.',
  signerHeading: 'Người ký mặc định',
  signerIntro:
    'Ô chữ ký của báo cáo sự cố theo Nghị định 30/2020. Khi in một báo cáo có thể ghi người ký, địa danh khác cho lần in đó.',
  signingAuthority: 'Hình thức ký',
  signingAuthorityHint: 'Gõ vài chữ (ví dụ “kt”) rồi Enter.',
  authorities: {
    direct: 'Người đứng đầu ký trực tiếp',
    KT: 'KT. — cấp phó ký thay người đứng đầu',
    TL: 'TL. — ký thừa lệnh người đứng đầu',
    TUQ: 'TUQ. — ký thừa ủy quyền người đứng đầu',
    Q: 'Q. — quyền người đứng đầu',
    TM: 'TM. — thay mặt tập thể lãnh đạo',
  },
  signerHeadTitle: 'Chức vụ người đứng đầu',
  signerHeadTitleHint: 'In sau chữ viết tắt của hình thức ký, ví dụ “Giám đốc” cho “KT. GIÁM ĐỐC”.',
  signerCollective: 'Tên tập thể lãnh đạo',
  signerCollectiveHint: 'In sau “TM.”, ví dụ “Ủy ban nhân dân” cho “TM. ỦY BAN NHÂN DÂN”.',
  signerTitle: 'Chức vụ người ký',
  signerTitleHint: 'Chức vụ chính thức của người ký, ví dụ “Phó Giám đốc”; in chữ hoa.',
  signerName: 'Họ tên người ký',
  signerNameHint: 'Họ, tên đệm và tên; không ghi học hàm, học vị.',
  save: 'Lưu thiết lập văn bản',
  saved: 'Đã lưu thiết lập văn bản.',
  missingTitle: 'Văn bản này còn thiếu thiết lập:',
  missingHowTo:
    'Người quản trị hoặc cán bộ bảo mật đặt trong Quản trị → Văn bản. Chỗ còn thiếu được để trống trên bản in để ghi tay.',
  missing: {
    placeName: 'Chưa đặt địa danh trong Thiết lập: dòng ngày tháng không có địa danh.',
    parentBody: 'Chưa đặt cơ quan chủ quản trong Thiết lập: đầu văn bản chỉ có tên đơn vị.',
    archiveUnit: 'Chưa đặt chữ viết tắt đơn vị soạn thảo trong Thiết lập: dòng “Lưu” chỉ có “VT”.',
    signerHeadTitle: 'Chưa đặt chức vụ người đứng đầu (sau KT., TL., TUQ., Q. hoặc TM.) trong Thiết lập.',
    signerTitle: 'Chưa đặt chức vụ người ký trong Thiết lập: để trống cho người ký tự ghi.',
    signerName: 'Chưa đặt tên người ký trong Thiết lập: để trống cho người ký tự ghi.',
  },
};
