import type { RowChange } from '../../core/domain/audit.ts';
import { DEFAULT_SETTINGS, type RegisterSettings } from '../../core/domain/settings.ts';
import type { SettingsRepository } from '../../core/ports/register-host.ts';
import { insertChange, readRow, updateChange } from '../audit/audited-tables.ts';
import type { Db } from './drizzle.ts';

export function settingsRepository(db: Db): SettingsRepository {
  const sqlite = db.$client;
  const all = sqlite.prepare('SELECT key, value FROM register_settings');
  const upsert = sqlite.prepare(
    'INSERT INTO register_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    get() {
      const stored = Object.fromEntries(
        (all.all() as { key: string; value: string }[]).map((r) => [r.key, JSON.parse(r.value) as unknown]),
      );
      return { ...DEFAULT_SETTINGS, ...stored } as RegisterSettings;
    },
    set(key, value) {
      const before = readRow(sqlite, 'register_settings', { key });
      upsert.run(key, JSON.stringify(value));
      const after = readRow(sqlite, 'register_settings', { key }) ?? {};
      const change: RowChange | null = before
        ? updateChange('register_settings', before, after)
        : insertChange('register_settings', after);
      return change;
    },
  };
}
