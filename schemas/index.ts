/**
 * The registry of published tables and everything derived from their zod schemas: column lists
 * (schemas/columns.ts), JSON Schema, Frictionless Table Schema, foreign keys and the README's data
 * dictionary. The Arrow and Parquet schemas are derived from the same columns in `pipeline/emit/`.
 */
import { z } from 'zod';
import { Actor } from './actor.js';
import { Article } from './article.js';
import { columns, withDateBounds, type Column } from './columns.js';
import { Event, EventMention } from './event.js';
import { Quote, QuoteMention } from './quote.js';
import { Story } from './story.js';

export { Actor, Article, Event, EventMention, Quote, QuoteMention, Story };
export { columns, withBounds, type Column, type ColumnKind } from './columns.js';
export { dateBounds } from './common.js';

export interface TableDef {
  /** Plural noun: the file stem in out/ (`events` → out/events.csv). */
  name: string;
  /** The record as the pipeline makes and validates it. */
  schema: z.ZodObject;
  /** The row as published: the record with derived columns (the typed bounds of partial dates). */
  published: z.ZodObject;
  primaryKey: string;
  /** Columns holding code-point offsets into the `text` of the row's `article_id`. */
  offsets: string[];
  /** References that the naming rule (a column named after another table's key) cannot see: column → table.column. */
  references?: Record<string, { table: string; column: string }>;
}

function table(t: Omit<TableDef, 'published'>): TableDef {
  return { ...t, published: withDateBounds(t.schema) };
}

/** Every published table, in the order the README and datapackage.json list them. */
export const TABLES: TableDef[] = [
  table({ name: 'articles', schema: Article, primaryKey: 'article_id', offsets: [], references: { duplicate_of: { table: 'articles', column: 'article_id' } } }),
  table({ name: 'stories', schema: Story, primaryKey: 'story_id', offsets: [] }),
  table({ name: 'quotes', schema: Quote, primaryKey: 'quote_id', offsets: ['quote_start', 'quote_end', 'span_start', 'span_end'] }),
  table({ name: 'quote_mentions', schema: QuoteMention, primaryKey: 'quote_id,article_id,quote_start', offsets: ['quote_start', 'quote_end', 'span_start', 'span_end'] }),
  table({ name: 'events', schema: Event, primaryKey: 'event_id', offsets: ['span_start', 'span_end'] }),
  table({ name: 'event_mentions', schema: EventMention, primaryKey: 'mention_id', offsets: ['span_start', 'span_end'] }),
  table({ name: 'actors', schema: Actor, primaryKey: 'actor_id', offsets: [] }),
];

export interface ForeignKey {
  column: string;
  table: string;
  references: string;
}

/**
 * A table's foreign keys: every column named after another table's (single-column) primary key
 * (`story_id`, `event_id`, `quote_id`, `article_id`, ...), and the table's declared references
 * (`duplicate_of`). Null values refer to nothing.
 */
export function foreignKeys(t: TableDef): ForeignKey[] {
  const out: ForeignKey[] = [];
  for (const c of columns(t.published)) {
    const declared = t.references?.[c.name];
    const target = declared ? null : TABLES.find((o) => o !== t && o.primaryKey === c.name);
    if (declared) out.push({ column: c.name, table: declared.table, references: declared.column });
    else if (target && c.kind === 'string') out.push({ column: c.name, table: target.name, references: target.primaryKey });
  }
  return out;
}

/** JSON Schema (draft 2020-12) of one row. */
export function toJsonSchema(t: TableDef): unknown {
  return z.toJSONSchema(t.published);
}

/** How a list is written in a CSV cell: documented in the data dictionary, lossless. */
export const CSV_LIST_NOTE = 'a JSON array (`["a","b"]`), so values may contain any character';

/** The CSV dialect every table is written in (Frictionless CSV Dialect). */
export const CSV_DIALECT = { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true, skipInitialSpace: false } as const;

const TABLE_SCHEMA_TYPE: Record<Column['kind'], string> = {
  string: 'string',
  'partial-date': 'string',
  date: 'date',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
  list: 'array',
};

/** Table Schema constraints of a column, from its zod checks (patterns are implicitly anchored there). */
function constraints(c: Column, unique: boolean): Record<string, unknown> {
  return {
    required: !c.nullable,
    ...(unique ? { unique: true } : {}),
    ...(c.values ? { enum: c.values } : {}),
    ...(c.pattern && c.kind !== 'date' ? { pattern: c.pattern.replace(/^\^/, '').replace(/\$$/, '') } : {}),
    ...(c.minLength !== undefined ? { minLength: c.minLength } : {}),
    ...(c.minimum !== undefined ? { minimum: c.minimum } : {}),
    ...(c.maximum !== undefined ? { maximum: c.maximum } : {}),
  };
}

/** Frictionless Table Schema of one table. */
export function toTableSchema(t: TableDef): unknown {
  const fields = columns(t.published).map((c) => ({
    name: c.name,
    type: TABLE_SCHEMA_TYPE[c.kind],
    ...(c.kind === 'date' ? { format: 'default' } : {}),
    description: c.description + (c.kind === 'list' ? ` In CSV: ${CSV_LIST_NOTE}.` : ''),
    ...(c.kind === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    constraints: constraints(c, t.primaryKey === c.name),
  }));
  const primaryKey = t.primaryKey.split(',');
  // A reference to the table itself names no resource (Table Schema: `"resource": ""`).
  const fks = foreignKeys(t).map((k) => ({ fields: k.column, reference: { resource: k.table === t.name ? '' : k.table, fields: k.references } }));
  return { fields, primaryKey, ...(fks.length ? { foreignKeys: fks } : {}), missingValues: [''] };
}

const DICTIONARY_TYPE: Record<Column['kind'], string> = {
  string: 'string',
  'partial-date': 'partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`)',
  date: 'date (`YYYY-MM-DD`)',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
  list: 'list of strings',
};

/** The README's data dictionary: one table per published table, from the schemas. */
export function dataDictionary(): string {
  const out: string[] = [];
  for (const t of TABLES) {
    const meta = t.schema.meta() as { description?: string } | undefined;
    out.push(`### ${t.name}`, '', meta?.description ?? '', '', '| column | type | null | meaning |', '|---|---|---|---|');
    for (const c of columns(t.published)) {
      const type = c.values ? `${DICTIONARY_TYPE[c.kind]} (${c.values.map((v) => `\`${v}\``).join(', ')})` : DICTIONARY_TYPE[c.kind];
      const desc = c.description.replace(/\|/g, '\\|');
      out.push(`| \`${c.name}\` | ${type} | ${c.nullable ? 'yes' : 'no'} | ${desc} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
