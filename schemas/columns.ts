/**
 * Columns read off a zod object schema: the kind every output format needs (CSV cell, JSON value,
 * Arrow and Parquet type, Table Schema type), nullability, constraints and description. A date is
 * recognised by its pattern (schemas/common.ts), so a new date column of any table is typed with
 * no change here; a partial date brings its derived bounds (`<name>_start`, `<name>_end`).
 */
import { z } from 'zod';
import { DAY_DATE_PATTERN, IsoDate, PARTIAL_DATE_PATTERN, dateBounds } from './common.js';

/**
 * The kind of a column, as every output format needs to know it: `date` is a calendar day (DATE),
 * `partial-date` an ISO date at the precision known (a string, with typed bounds beside it).
 */
export type ColumnKind = 'string' | 'integer' | 'number' | 'boolean' | 'list' | 'date' | 'partial-date';

export interface Column {
  name: string;
  kind: ColumnKind;
  nullable: boolean;
  description: string;
  /** Allowed values, for enum columns. */
  values?: string[];
  /** The regular expression a string must match, anchored (`^...$`). */
  pattern?: string;
  /** Least length of a string or list. */
  minLength?: number;
  minimum?: number;
  maximum?: number;
  /** For a derived bound: the partial-date column it is computed from, and which end. */
  boundOf?: { column: string; end: 'start' | 'end' };
}

type Check = { check: string; format?: string; pattern?: RegExp; minimum?: number; value?: number; inclusive?: boolean };

function checksOf(f: z.ZodType): Check[] {
  const checks = (f._zod.def as { checks?: { _zod: { def: Check } }[] }).checks ?? [];
  return checks.map((c) => c._zod.def);
}

/** One column of a zod object field. */
function column(name: string, field: z.ZodType): Column {
  let f = field;
  let nullable = false;
  const description = (f.meta()?.description as string | undefined) ?? '';
  while (f._zod.def.type === 'nullable' || f._zod.def.type === 'optional') {
    nullable = true;
    f = (f._zod.def as unknown as { innerType: z.ZodType }).innerType;
  }
  const def = f._zod.def;
  const checks = checksOf(f);
  const c: Column = { name, kind: 'string', nullable, description };
  const regex = checks.find((x) => x.format === 'regex')?.pattern;
  const minLength = checks.find((x) => x.check === 'min_length')?.minimum;
  const min = checks.find((x) => x.check === 'greater_than' && x.inclusive);
  const max = checks.find((x) => x.check === 'less_than' && x.inclusive);
  switch (def.type) {
    case 'string':
      c.kind = regex?.source === DAY_DATE_PATTERN.source ? 'date' : regex?.source === PARTIAL_DATE_PATTERN.source ? 'partial-date' : 'string';
      if (regex) c.pattern = regex.source;
      break;
    case 'enum':
      c.values = Object.values((def as unknown as { entries: Record<string, string> }).entries);
      break;
    case 'number':
      c.kind = (f as z.ZodNumber).isInt ? 'integer' : 'number';
      if (min) c.minimum = min.value!;
      if (max) c.maximum = max.value!;
      break;
    case 'boolean':
      c.kind = 'boolean';
      break;
    case 'array':
      c.kind = 'list';
      break;
    default:
      throw new Error(`column ${name}: unsupported zod type ${def.type}`);
  }
  if (minLength !== undefined) c.minLength = minLength;
  return c;
}

/** The columns of a schema, in order, read off the zod definitions. */
export function columns(schema: z.ZodObject): Column[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const c = column(name, field as z.ZodType);
    const bound = DERIVED_BOUNDS.get(field as z.ZodType);
    if (bound) c.boundOf = bound;
    return c;
  });
}

/** The fields `withDateBounds` made, and what each is derived from. */
const DERIVED_BOUNDS = new WeakMap<z.ZodType, NonNullable<Column['boundOf']>>();

/**
 * The schema of a published row: the record's schema with, right after each partial date
 * `<name>`, its typed bounds `<name>_start` and `<name>_end` (first and last day of the period).
 */
export function withDateBounds(schema: z.ZodObject): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, field] of Object.entries(schema.shape)) {
    shape[name] = field as z.ZodType;
    const c = column(name, field as z.ZodType);
    // A schema that carries its bounds itself keeps them as they are.
    if (c.kind !== 'partial-date' || `${name}_start` in schema.shape || `${name}_end` in schema.shape) continue;
    const precision = `${name}_precision` in schema.shape ? ` (a \`${name}_precision\` of \`decade\` spans its ten years)` : '';
    const bound = (end: 'start' | 'end', text: string) => {
      const field = (c.nullable ? IsoDate.nullable() : IsoDate).meta({
        description: `${text}${precision}${c.nullable ? `; null when \`${name}\` is null` : ''}. Derived from \`${name}\`, typed as a date.`,
      });
      DERIVED_BOUNDS.set(field, { column: name, end });
      shape[`${name}_${end}`] = field;
    };
    bound('start', `The first day of the period \`${name}\` names (\`2018\` → 2018-01-01, \`2018-05\` → 2018-05-01)`);
    bound('end', `The last day of the period \`${name}\` names (\`2018\` → 2018-12-31, \`2018-05\` → 2018-05-31)`);
  }
  return z.object(shape).meta(schema.meta() ?? {});
}

/** A record with its derived columns filled in, as every output format publishes it. */
export function withBounds(cols: Column[], row: Record<string, unknown>): Record<string, unknown> {
  const out = { ...row };
  for (const c of cols) {
    if (!c.boundOf) continue;
    const bounds = dateBounds(row[c.boundOf.column] as string | null, row[`${c.boundOf.column}_precision`]);
    out[c.name] = bounds ? bounds[c.boundOf.end === 'start' ? 0 : 1] : null;
  }
  return out;
}
