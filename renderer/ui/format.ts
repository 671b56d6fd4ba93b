/**
 * Dates as Vietnamese paperwork writes them: dd/mm/yyyy. Calendar dates (YYYY-MM-DD) are reformatted as text, never
 * through Date, so a time zone can never shift a signing date by one day.
 */
export function formatIsoDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  return `${d}/${m}/${y}`;
}

/** A moment (ISO timestamp) in local time: dd/mm/yyyy HH:mm. */
export function formatTimestamp(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
