/**
 * Every field name the project file's schemas define, in any format (1 to current). The schema
 * error formatter (shared/schemas.ts) names an unknown key only when it is one of these — a
 * field of another format or another kind of item, which helps the reader — and otherwise only
 * counts it: a key Warrant never defined came from the file, and messages never quote a file.
 */
import { z } from 'zod';
import { PROJECT_FILE_SCHEMAS } from './model.js';

function collect(schema: z.ZodType, into: Set<string>, seen: Set<z.ZodType>): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  if (schema instanceof z.ZodObject) {
    for (const [key, child] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      into.add(key);
      collect(child, into, seen);
    }
  } else if (schema instanceof z.ZodArray) collect(schema.element as z.ZodType, into, seen);
  else if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) collect(schema.unwrap() as z.ZodType, into, seen);
  else if (schema instanceof z.ZodUnion) for (const option of schema.options as readonly z.ZodType[]) collect(option, into, seen);
}

/** The field names of every project-file format. */
export const MODEL_FIELD_NAMES: ReadonlySet<string> = (() => {
  const names = new Set<string>();
  const seen = new Set<z.ZodType>();
  for (const s of Object.values(PROJECT_FILE_SCHEMAS)) collect(s, names, seen);
  return names;
})();
