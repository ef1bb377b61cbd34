/**
 * Time helpers of the rollout planner: the zone arithmetic is shared with the decoder
 * (src/lib/time/zones.ts); durations are written the planner's compact way.
 */
export * from '../time/zones';

/** `1 h`, `90 days`, `59 min 55 s`: a duration in seconds, compactly. */
export function formatDuration(seconds: number): string {
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const secs = Math.round(seconds % 60);
  const parts: string[] = [];
  if (days > 0) parts.push(days === 1 ? '1 day' : `${days} days`);
  if (hours > 0) parts.push(`${hours} h`);
  if (minutes > 0) parts.push(`${minutes} min`);
  if (secs > 0 || parts.length === 0) parts.push(`${secs} s`);
  return parts.join(' ');
}
