import type { OperationName, OperationRequest, OperationResponse } from '../api/contract.js';
import type { Context } from './context.js';

/** One rule per operation: given a request that fits the contract, its answer or a RecoveryError. */
export type Handler<N extends OperationName> = (
  ctx: Context,
  body: OperationRequest<N>,
) => OperationResponse<N> | Promise<OperationResponse<N>>;

export type Handlers<N extends OperationName = OperationName> = { [K in N]: Handler<K> };
