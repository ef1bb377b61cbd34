/** The Open edX service model (see simulate.ts). The YAML settings reader loads separately. */
export {DEFAULT_SERVICE_SETTINGS, algorithmsForKeyType, simulateService} from './simulate';
export type * from './types';
