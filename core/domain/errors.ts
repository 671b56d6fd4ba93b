/**
 * Stable error codes. The code is the contract (tests, CLI exit codes, UI branches);
 * the Vietnamese message is what a person reads. Never show a stack trace to a user.
 */
export const ERROR_CODES = {
  VALIDATION: 'Dữ liệu nhập không hợp lệ.',
  UNKNOWN_CHANNEL: 'Yêu cầu không được hỗ trợ.',
  FORBIDDEN: 'Bạn không có quyền thực hiện thao tác này.',
  NOT_FOUND: 'Không tìm thấy dữ liệu yêu cầu.',
  LOCKED: 'Sổ đang khóa. Hãy đăng nhập để tiếp tục.',
  REGISTER_NOT_INITIALISED: 'Chưa có sổ đăng ký. Hãy thiết lập sổ lần đầu.',
  REGISTER_EXISTS: 'Sổ đăng ký đã tồn tại ở vị trí này; không ghi đè.',
  REGISTER_NEWER_THAN_APP:
    'Sổ đăng ký được tạo bởi phiên bản mới hơn của ứng dụng. Hãy cập nhật ứng dụng; dữ liệu không bị thay đổi.',
  REGISTER_DAMAGED: 'Tệp sổ đăng ký bị hỏng hoặc đã bị can thiệp; không mở được và không ghi gì thêm.',
  KEYS_FILE_MISSING: 'Không tìm thấy tệp khóa (.keys) đi kèm sổ đăng ký. Hãy dùng phiếu khôi phục.',
  KEYS_FILE_INVALID: 'Tệp khóa (.keys) bị hỏng hoặc không thuộc sổ đăng ký này.',
  WRONG_CREDENTIALS: 'Tên người dùng hoặc mật khẩu không đúng.',
  TOO_MANY_ATTEMPTS: 'Đăng nhập sai quá nhiều lần. Hãy chờ rồi thử lại.',
  WRONG_RECOVERY_CODE: 'Mã khôi phục không đúng hoặc không thuộc sổ này.',
  WEAK_PASSWORD: 'Mật khẩu quá yếu.',
  USER_NAME_TAKEN: 'Tên đăng nhập này đã có người dùng.',
  LAST_ADMIN: 'Không thể bỏ quyền hoặc vô hiệu hóa quản trị viên cuối cùng.',
  INTEGRITY: 'Kiểm tra toàn vẹn thất bại.',
  CANCELLED: 'Đã dừng theo yêu cầu; không có gì thay đổi.',
  // Hand-carried packages (core/exchange/package, docs/PACKAGE-FORMAT.md). Each says what is wrong and what to do.
  PACKAGE_MALFORMED:
    'Tệp không phải là gói trao đổi hợp lệ hoặc có cấu trúc sai. Không nhập gì; hãy đề nghị nơi gửi xuất lại gói.',
  PACKAGE_TRUNCATED:
    'Tệp gói bị thiếu dữ liệu (bị cắt cụt), có thể do sao chép chưa xong. Hãy sao chép lại tệp từ thiết bị mang tay.',
  PACKAGE_VERSION_UNSUPPORTED:
    'Gói được tạo theo phiên bản định dạng mà ứng dụng này không hỗ trợ. Hãy cập nhật ứng dụng hoặc đề nghị nơi gửi xuất lại gói.',
  PACKAGE_TOO_LARGE:
    'Gói hoặc một phần của gói vượt quá giới hạn kích thước cho phép nên không được mở. Hãy chia dữ liệu thành nhiều gói nhỏ hơn.',
  PACKAGE_NOT_FOR_THIS_UNIT:
    'Gói này được gửi cho đơn vị khác (dấu vân tay nơi nhận không khớp với khóa của đơn vị này). Hãy chuyển gói đến đúng nơi nhận.',
  PACKAGE_DECRYPT_FAILED:
    'Không giải mã được gói: tệp đã bị hỏng hoặc bị sửa đổi, hoặc không được mã hóa cho khóa của đơn vị này. Không nhập; hãy đề nghị nơi gửi xuất lại gói.',
  PACKAGE_ENTRY_NAME_INVALID:
    'Gói chứa một mục có tên không được phép (có thể là đường dẫn nguy hiểm). Gói bị từ chối; hãy báo cho cán bộ bảo mật.',
  PACKAGE_SIGNER_UNKNOWN:
    'Gói được ký bằng một khóa chưa được tin cậy. Hãy đối chiếu dấu vân tay trên giấy, tin cậy tệp khóa công khai của nơi gửi rồi nhập lại.',
  PACKAGE_SIGNER_REVOKED:
    'Gói được ký bằng một khóa đã bị thu hồi nên không được nhập. Hãy liên hệ nơi gửi để xác minh và báo cho cán bộ bảo mật.',
  PACKAGE_SIGNATURE_INVALID:
    'Chữ ký của gói không hợp lệ: nội dung đã bị sửa đổi sau khi ký. Không nhập; hãy báo cho cán bộ bảo mật.',
  PACKAGE_CONTENT_MISMATCH:
    'Nội dung gói không khớp với bản kê đã ký (tiêu đề, mã băm hoặc số bản ghi khác nhau). Không nhập; hãy báo cho cán bộ bảo mật.',
  PACKAGE_RECORDS_INVALID:
    'Dữ liệu bản ghi trong gói không đúng định dạng. Không nhập; hãy đề nghị nơi gửi xuất lại gói.',
  PACKAGE_SEQUENCE_REPLAYED:
    'Số thứ tự của gói này đã được nhập bằng một gói khác: đây có thể là gói cũ bị phát lại hoặc bị thay đổi. Không nhập; đối chiếu với đơn vị gửi.',
  PACKAGE_CHAIN_REWRITTEN:
    'Nhật ký của đơn vị gửi không khớp với lần nhận trước: chuỗi đã bị viết lại. Không nhập; kiểm tra trực tiếp tại đơn vị.',
  PACKAGE_KIND_UNEXPECTED:
    'Loại gói này không dùng ở chế độ của sổ này (đơn vị nhận biên nhận, Công an tỉnh nhận báo cáo).',
  PACKAGE_ALREADY_IMPORTED: 'Gói này đã được nhập trước đây; không nhập lại lần nữa. Dữ liệu không bị thay đổi.',
  PACKAGE_TRAINING_REFUSED:
    'Gói được tạo từ sổ tập huấn (dữ liệu giả định); sổ thật không nhận gói này. Hãy xuất lại gói từ sổ thật.',
  INTERNAL: 'Đã xảy ra lỗi nội bộ. Dữ liệu không bị thay đổi.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldIssue {
  path: string;
  message: string;
}

export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

/** The one error type services throw; the router turns it into a failed Result. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, message?: string, issues?: FieldIssue[]) {
    super(message ?? ERROR_CODES[code]);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }

  toShape(): ApiErrorShape {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
