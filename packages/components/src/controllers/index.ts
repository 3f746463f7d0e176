/**
 * Reactive controllers and helpers shared by the workflow and user-file screens.
 *
 * @example
 * import { ScreenContextController, BackendCallController } from '../controllers/index.js';
 */
export { ScreenContextController } from './screen-context.js';
export { BackendCallController, type CallStatus } from './backend-call.js';
export { text, formatDate, relativeTime, isPast, parisToday } from './format.js';
export { screenStyles } from './screen-styles.js';
export { renderCallState, restrictedMarker } from './screen-states.js';
