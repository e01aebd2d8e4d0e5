/**
 * The tools' logic: the provider-configuration builder and the VoIP push composer. Everything
 * here is pure (no engine, no XState, no DOM), so the tool pages can render their forms, generated
 * code and messages on the server and without loading the simulator. The parts that run the
 * engine (the live phone preview, delivery to the simulator) are exported from the main index.
 */
export * from './providerConfiguration';
export * from './voipPush';
export * from './messages';
