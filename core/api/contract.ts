import { z } from 'zod';
import type { Permission } from '../domain/permissions.ts';
import type { ChannelName } from './channels.ts';
import {
  actorSchema,
  agreementCode,
  agreementSchema,
  equivalenceTableSchema,
  modeSchema,
  passwordSchema,
  requiredText,
  userNameSchema,
} from './schemas.ts';

/**
 * The one list of channels. Preload exposes exactly these keys, main binds exactly these handlers, the CLI and the
 * tests call the same router with them. `access: 'public'` channels work before unlock (status, set-up, unlock);
 * every other channel needs an unlocked register and the named permission.
 */
interface ChannelSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  access: 'public' | Permission;
  /** One line for `cxr schema` and the docs. */
  summary: string;
}

const channel = <I extends z.ZodType, O extends z.ZodType>(spec: ChannelSpec<I, O>) => spec;
const noInput = z.object({}).strict().default({});

const registerStateSchema = z.enum(['uninitialised', 'locked', 'unlocked']);

export const contract = {
  'app.status': channel({
    summary: 'Trạng thái ứng dụng và sổ đăng ký (chế độ, phiên bản, phiên bản lược đồ, đường dẫn tệp).',
    access: 'public',
    input: noInput,
    output: z.object({
      state: registerStateSchema,
      appVersion: z.string(),
      appSchemaVersion: z.number().int(),
      registerSchemaVersion: z.number().int().nullable(),
      dbPath: z.string(),
      mode: modeSchema.nullable(),
      unitName: z.string().nullable(),
      registerId: z.string().nullable(),
      user: actorSchema.nullable(),
    }),
  }),
  'session.setup': channel({
    summary: 'Thiết lập sổ đăng ký mới: chế độ, tên đơn vị, tài khoản quản trị đầu tiên; trả mã khôi phục một lần.',
    access: 'public',
    input: z
      .object({
        mode: modeSchema,
        unitName: requiredText(200, 'Tên đơn vị'),
        adminName: userNameSchema,
        password: passwordSchema,
      })
      .strict()
      .refine((v) => v.password.toLocaleLowerCase('vi') !== v.adminName.toLocaleLowerCase('vi'), {
        error: 'Mật khẩu không được trùng tên đăng nhập.',
        path: ['password'],
      }),
    output: z.object({ recoveryCode: z.string(), user: actorSchema }),
  }),
  'session.unlock': channel({
    summary: 'Mở khóa sổ đăng ký bằng tên đăng nhập và mật khẩu.',
    access: 'public',
    input: z.object({ userName: userNameSchema, password: z.string().min(1).max(256) }).strict(),
    output: z.object({ user: actorSchema }),
  }),
  'session.lock': channel({
    summary: 'Khóa sổ: đóng cơ sở dữ liệu và xóa khóa khỏi bộ nhớ.',
    access: 'public',
    input: noInput,
    output: z.object({ locked: z.literal(true) }),
  }),
  'agreements.list': channel({
    summary: 'Danh sách các Hiệp định song phương.',
    access: 'agreements.read',
    input: noInput,
    output: z.array(agreementSchema),
  }),
  'agreements.get': channel({
    summary: 'Một Hiệp định theo mã (VN-LA, VN-IT).',
    access: 'agreements.read',
    input: z.object({ code: agreementCode }).strict(),
    output: agreementSchema,
  }),
  'agreements.updateEquivalences': channel({
    summary: 'Thay bảng tương đương độ mật của một Hiệp định (nhập theo văn bản chính thức của Hiệp định).',
    access: 'agreements.edit',
    input: z.object({ code: agreementCode, equivalences: equivalenceTableSchema }).strict(),
    output: agreementSchema,
  }),
// `satisfies` also rejects a channel that is not in CHANNEL_NAMES (excess property check).
} as const satisfies Record<ChannelName, ChannelSpec<z.ZodType, z.ZodType>>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}
