/**
 * What the conformance rules run against: a backend reached some way (over HTTP, or the
 * reference backend in the page), with whatever development endpoints it serves.
 */
import type { RecoveryClient } from '../api/client.js';
import type { OperationName, Status } from '../api/contract.js';
import type { DemoAccountName, DevEndpoint, DevTotp } from '../reference/dev-api.js';
import type { AdminReset, OutboxMessage } from '../reference/state.js';

/** The development endpoints (CONTRACT.md §1), as a rule calls them. */
export interface DevApi {
  reset(account: DemoAccountName, options?: { stepUpRequired?: boolean }): Promise<Status>;
  outbox(): Promise<OutboxMessage[]>;
  totp(): Promise<DevTotp>;
  advanceClock(seconds: number): Promise<{ now: string }>;
  adminLog(): Promise<AdminReset[]>;
}

/**
 * What a rule may need beyond a signed-in session: a development endpoint, other users
 * (`X-Demo-User`), an admin, raw HTTP requests, or requests with a `Host` of its choosing.
 */
export type Need = DevEndpoint | 'users' | 'admin' | 'http' | 'host';

/** A request as sent, off the contract on purpose (wrong method, content type, size). */
export interface RawRequest {
  operation: OperationName;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** The status of an answer and its error code, if it has one. */
export interface RawAnswer {
  status: number;
  code: string | undefined;
}

export interface Harness {
  /** The signed-in session (the demo account, where there are development endpoints). */
  client: RecoveryClient;
  /** Calls an operation with any body, unchecked on the way out, answering like `client`. */
  unchecked(name: OperationName, body: unknown): Promise<unknown>;
  /** Signed in as an admin. */
  admin?: RecoveryClient;
  /** Signed in as `userId`, in the same store. */
  signedInAs?(userId: string): RecoveryClient;
  /** The development endpoints the backend serves. */
  dev: Partial<DevApi>;
  raw?(request: RawRequest): Promise<RawAnswer>;
  /** `client`, sending `Host: host` with every request. */
  withHost?(host: string): RecoveryClient;
  /** Where the backend's links should point, where known. */
  siteOrigin?: string;
  /** Why each need this harness cannot meet is missing. */
  lacks: Partial<Record<Need, string>>;
}

/** Where a harness writes the requests it makes, and any answer off the contract. */
export interface Log {
  /** A request and its answer; `dev` for a development endpoint's. */
  request(line: string, dev?: boolean): void;
  violation(line: string): void;
}

/** A fresh harness (its own store, where the backend keeps one per `X-Demo-Session`) per rule. */
export type Connect = (log: Log) => Harness | Promise<Harness>;
