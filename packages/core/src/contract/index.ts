/**
 * The DUI Kit contract: the HTTP API declared once, as data (no Node, no DOM).
 *
 * @example
 * import { duiContract, requestOf } from '@duikit/core';
 */
export { duiContract, type DuiContract, type OperationName } from './operations.js';
export type { Contract, ContractSchema, HttpMethod, Operation, OperationArg } from './types.js';
export { ERROR_STATUS, codeOf, statusOf, type DomainErrorCode, type ErrorCode } from './errors.js';
export { LIMIT_MESSAGES, REQUEST_LIMITS, overLimit, type LimitFault } from './limits.js';
export { argsOf, requestOf, routePath, type WireRequest } from './wire.js';
