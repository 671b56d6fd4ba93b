import type { IncidentItemRef, IncidentRecord } from '../../core/domain/incidents.ts';
import type { IncidentsRepository } from '../../core/ports/exchange-store.ts';
import { insertChange, readRow, updateChange } from '../audit/audited-tables.ts';
import type { Sqlite } from '../connection.ts';

type Row = Record<string, unknown>;

const COLUMNS = [
  'id',
  'unit_fingerprint',
  'unit_name',
  'chain_id',
  'version',
  'state',
  'type',
  'level',
  'discovered_at',
  'place',
  'items_json',
  'circumstances',
  'persons_involved',
  'measures',
  'remedy',
  'addressee',
  'foreign_party_notice',
  'report_item_id',
  'report_number',
  'created_at',
  'created_by',
  'filed_at',
  'filed_by',
  'exported_at',
  'acknowledged_at',
  'closed_at',
  'package_id',
] as const;

const toRecord = (r: Row): IncidentRecord => ({
  id: r.id as string,
  unitFingerprint: (r.unit_fingerprint as string | null) ?? null,
  unitName: r.unit_name as string,
  chainId: r.chain_id as string,
  version: r.version as number,
  state: r.state as IncidentRecord['state'],
  type: r.type as IncidentRecord['type'],
  level: r.level as IncidentRecord['level'],
  discoveredAt: r.discovered_at as string,
  place: r.place as string,
  items: JSON.parse(r.items_json as string) as IncidentItemRef[],
  circumstances: r.circumstances as string,
  personsInvolved: (r.persons_involved as string | null) ?? null,
  measures: r.measures as string,
  remedy: (r.remedy as string | null) ?? null,
  addressee: r.addressee as string,
  foreignPartyNotice: r.foreign_party_notice === 1,
  reportItemId: (r.report_item_id as string | null) ?? null,
  reportNumber: (r.report_number as string | null) ?? null,
  createdAt: r.created_at as string,
  createdBy: r.created_by as string,
  filedAt: (r.filed_at as string | null) ?? null,
  filedBy: (r.filed_by as string | null) ?? null,
  exportedAt: (r.exported_at as string | null) ?? null,
  acknowledgedAt: (r.acknowledged_at as string | null) ?? null,
  closedAt: (r.closed_at as string | null) ?? null,
  packageId: (r.package_id as string | null) ?? null,
});

const toRow = (i: IncidentRecord): unknown[] => [
  i.id,
  i.unitFingerprint,
  i.unitName,
  i.chainId,
  i.version,
  i.state,
  i.type,
  i.level,
  i.discoveredAt,
  i.place,
  JSON.stringify(i.items),
  i.circumstances,
  i.personsInvolved,
  i.measures,
  i.remedy,
  i.addressee,
  i.foreignPartyNotice ? 1 : 0,
  i.reportItemId,
  i.reportNumber,
  i.createdAt,
  i.createdBy,
  i.filedAt,
  i.filedBy,
  i.exportedAt,
  i.acknowledgedAt,
  i.closedAt,
  i.packageId,
];

export function incidentsRepository(sqlite: Sqlite): IncidentsRepository {
  const upsert = sqlite.prepare(
    `INSERT INTO incidents (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${COLUMNS.slice(1)
       .map((c) => `${c} = excluded.${c}`)
       .join(', ')}`,
  );
  const byId = sqlite.prepare('SELECT * FROM incidents WHERE id = ?');
  // One statement for every filter (prepared once: better-sqlite3 statements hold native memory the GC does not see).
  // @unit: null = all, 'own' = this unit's reports, otherwise a sending unit's fingerprint. Newest discovery first.
  const listed = sqlite.prepare(
    `SELECT * FROM incidents WHERE (@state IS NULL OR state = @state)
       AND (@unit IS NULL OR (@unit = 'own' AND unit_fingerprint IS NULL) OR unit_fingerprint = @unit)
     ORDER BY discovered_at DESC, version DESC`,
  );
  const latest = sqlite.prepare('SELECT MAX(version) AS v FROM incidents WHERE chain_id = ?');
  return {
    get(id) {
      const row = byId.get(id) as Row | undefined;
      return row ? toRecord(row) : null;
    },
    list(filter) {
      const unit = filter.unit ?? null;
      return (listed.all({ state: filter.state ?? null, unit }) as Row[]).map(toRecord);
    },
    save(record) {
      const before = readRow(sqlite, 'incidents', { id: record.id });
      upsert.run(...toRow(record));
      const after = readRow(sqlite, 'incidents', { id: record.id }) ?? {};
      return before
        ? (updateChange('incidents', before, after) ?? {
            table: 'incidents',
            key: record.id,
            op: 'update',
            before: {},
            after: {},
          })
        : insertChange('incidents', after);
    },
    latestVersion(chainId) {
      return ((latest.get(chainId) as { v: number | null }).v ?? 0) as number;
    },
  };
}
