import { z } from 'zod';
import { channel, noInput } from '../channel-spec.ts';
import { departmentSchema, newPasswordFor, passwordSchema, roleSchema, userNameSchema } from '../schemas.ts';

const userRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  department: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  hasKeySlot: z.boolean(),
});

const rolesSchema = z.array(roleSchema).min(1, { error: 'Chọn ít nhất một vai trò.' }).max(6);
const userId = z.object({ userId: z.string().min(1).max(64) });

export const usersChannels = {
  'users.list': channel({
    summary: 'Danh sách tài khoản, vai trò, phòng ban, trạng thái.',
    access: 'users.read',
    input: noInput,
    output: z.array(userRecordSchema),
  }),
  'users.add': channel({
    summary: 'Thêm tài khoản với vai trò, phòng ban và mật khẩu ban đầu.',
    access: 'users.manage',
    input: z
      .object({ name: userNameSchema, roles: rolesSchema, department: departmentSchema, password: passwordSchema })
      .strict()
      .superRefine(newPasswordFor('name', 'password')),
    output: userRecordSchema,
  }),
  'users.disable': channel({
    summary: 'Vô hiệu hóa tài khoản: xóa ô khóa, giữ tài khoản trong nhật ký.',
    access: 'users.manage',
    input: userId.strict(),
    output: userRecordSchema,
  }),
  'users.resetPassword': channel({
    summary: 'Đặt lại mật khẩu cho một tài khoản (ô khóa mới; mật khẩu cũ hết tác dụng).',
    access: 'users.manage',
    input: userId.extend({ newPassword: passwordSchema }).strict(),
    output: userRecordSchema,
  }),
  'users.setRoles': channel({
    summary: 'Đổi vai trò và phòng ban của một tài khoản.',
    access: 'users.manage',
    input: userId.extend({ roles: rolesSchema, department: departmentSchema }).strict(),
    output: userRecordSchema,
  }),
} as const;
