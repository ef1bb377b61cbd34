/**
 * Time helpers of the rollout planner: the zone arithmetic is shared with the decoder
 * (src/lib/time/zones.ts), and so is the compact way durations are written (src/lib/time/duration.ts).
 */
export * from '../time/zones';
export {formatCompactDuration} from '../time/duration';
