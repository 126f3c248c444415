/**
 * two-factor-recovery: everything in one import. Defines every element and exports the
 * clients, the contract, the events and the localisation entry points.
 */
export * from './drop-in.js';
export * from './api/contract.js';
