// The message protocol and its checks; pure, usable from every context and
// from tests. The browser wiring is in utils/platform/messaging.ts.
export * from './protocol.ts';
export * from './dispatch.ts';
