import type { ItemStatus } from '../../core/domain/items.ts';
import type { RowChange } from '../../core/domain/audit.ts';
import { readRow, updateChange } from '../audit/audited-tables.ts';
import type { Sqlite } from '../connection.ts';

/**
 * An item's status is the one field that changes after registration (an incident marks it lost, exposed or at
 * risk; later lifecycle events return or destroy it). Kept apart from the insert-heavy items repository.
 */
export function itemStatusUpdater(sqlite: Sqlite): (id: string, status: ItemStatus) => RowChange | null {
  const update = sqlite.prepare('UPDATE items SET status = ? WHERE id = ?');
  return (id, status) => {
    const before = readRow(sqlite, 'items', { id });
    if (!before) return null;
    update.run(status, id);
    return updateChange('items', before, readRow(sqlite, 'items', { id }) ?? {});
  };
}
