/**
 * Kits are the heavy parts of the extension (the reader engine, the opencc
 * tables of one direction, the repair tables, the glossary), built as separate scripts and
 * injected into a frame only when that frame needs them (see
 * docs/ARCHITECTURE.md). A kit script and the content script run in the same
 * isolated world but are separate bundles, so they meet on one registry on
 * that world's global object. Page scripts cannot see it: the isolated world
 * has its own global.
 *
 * Each kit is a bundle of its own, so a module both import (the UI strings, for
 * one) has a copy in each, with its own state: a kit that translates sets its
 * UI language from the settings it is given.
 */

import type { KitRequest } from '../messaging/protocol.ts';

/** The kits are the scripts the background injects on request: one closed list, in the protocol. */
export type KitName = KitRequest;

const REGISTRY = Symbol.for('jianfan-reader.kits');

type Registry = Partial<Record<KitName, unknown>>;

function registry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (g[REGISTRY] ??= {});
}

/** Called by a kit script when it runs: makes its exports available. */
export function registerKit(name: KitName, exports: unknown): void {
  registry()[name] = exports;
}

/** The exports of a kit already injected into this frame, or undefined. */
export function registeredKit<T>(name: KitName): T | undefined {
  return registry()[name] as T | undefined;
}
