/**
 * Public API of the CallKit Flow simulator.
 */
export * from './vocabulary';
