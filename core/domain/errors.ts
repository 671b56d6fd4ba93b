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
