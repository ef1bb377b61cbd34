/**
 * Exact durations, written compactly: the rollout planner's lifetimes and windows, and the lifetime
 * of a token in the decoder's Compare. (The decoder's `formatDuration` in lib/jwt/time is a
 * different thing: "42 minutes", one unit, rounded down, for "expires in …".)
 */

/** `1 h`, `90 days`, `59 min 55 s`, `30 min`, `−15 min`: every unit that is not zero. */
export function formatCompactDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'not a duration';
  const sign = seconds < 0 ? '−' : '';
  const total = Math.round(Math.abs(seconds));
  const days = Math.floor(total / 86400);
  const hours = Math.floor((total % 86400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = total % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(days === 1 ? '1 day' : `${days} days`);
  if (hours > 0) parts.push(`${hours} h`);
  if (minutes > 0) parts.push(`${minutes} min`);
  if (secs > 0 || parts.length === 0) parts.push(`${secs} s`);
  return `${sign}${parts.join(' ')}`;
}
