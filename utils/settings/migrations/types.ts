/** A stored settings object of some older version, as plain JSON data. */
export type StoredObject = Record<string, unknown>;

/**
 * Migration N turns a stored object of version N-1 into version N. Migrations
 * only rename and reshape: they pass values they do not recognise through
 * unchanged (under the new name), so the field-by-field parser that runs
 * afterwards reports them as problems and falls back to the default. They must
 * not throw, whatever the input.
 */
export interface SettingsMigration {
  version: number;
  description: string;
  migrate(old: StoredObject): StoredObject;
}

export function hasOwn(object: StoredObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** Moves `from` to `to` (mapped), unless `to` is already set; `from` is always removed. */
export function renameField(
  object: StoredObject,
  from: string,
  to: string,
  map: (value: unknown) => unknown = (value) => value,
): StoredObject {
  if (!hasOwn(object, from)) return object;
  const { [from]: value, ...rest } = object;
  if (hasOwn(rest, to)) return rest;
  return { ...rest, [to]: map(value) };
}
