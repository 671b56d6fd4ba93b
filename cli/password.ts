import { usageError } from './exit-codes.ts';

/**
 * The password comes from CXR_PASSWORD (scripts, tests) or an echo-free prompt on a terminal; never from a flag,
 * which would leave it in the shell history and the process list.
 */
export function readPassword(prompt: string): Promise<string> {
  return readSecret('CXR_PASSWORD', prompt);
}

export async function readSecret(envName: string, prompt: string): Promise<string> {
  const fromEnv = process.env[envName];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const stdin = process.stdin;
  if (!stdin.isTTY) throw usageError(`Cần mật khẩu: đặt biến môi trường ${envName} hoặc chạy trong cửa sổ dòng lệnh.`);
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let typed = '';
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          done();
          resolve(typed);
          return;
        }
        if (ch === '\u0003') {
          done();
          reject(usageError('Đã hủy.'));
          return;
        }
        if (ch === '\u007f') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    const done = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    stdin.on('data', onData);
  });
}
