/**
 * The registry of published tables and everything derived from their zod schemas: column lists,
 * JSON Schema, Frictionless Table Schema and the README's data dictionary. The Arrow schema is
 * derived from the same columns in `pipeline/emit/arrow.ts`.
 */
import { z } from 'zod';
import { Actor } from './actor.js';
import { Article } from './article.js';
import { Event, EventMention } from './event.js';
import { Quote, QuoteMention } from './quote.js';
import { Story } from './story.js';

export { Actor, Article, Event, EventMention, Quote, QuoteMention, Story };

/** The kind of a column, as every output format needs to know it. */
export type ColumnKind = 'string' | 'integer' | 'number' | 'boolean' | 'list';

export interface Column {
  name: string;
  kind: ColumnKind;
  nullable: boolean;
  description: string;
  /** Allowed values, for enum columns. */
  values?: string[];
}

export interface TableDef {
  /** Plural noun: the file stem in out/ (`events` → out/events.csv). */
  name: string;
  schema: z.ZodObject;
  primaryKey: string;
  /** Columns holding code-point offsets into the `text` of the row's `article_id`. */
  offsets: string[];
  /** Foreign keys for datapackage.json: column → table.column. */
  foreignKeys?: Record<string, { table: string; column: string }>;
}

/** Every published table, in the order the README and datapackage.json list them. */
export const TABLES: TableDef[] = [
  { name: 'articles', schema: Article, primaryKey: 'article_id', offsets: [] },
  { name: 'stories', schema: Story, primaryKey: 'story_id', offsets: [] },
  {
    name: 'quotes',
    schema: Quote,
    primaryKey: 'quote_id',
    offsets: ['quote_start', 'quote_end', 'span_start', 'span_end'],
    foreignKeys: { event_id: { table: 'events', column: 'event_id' }, article_id: { table: 'articles', column: 'article_id' } },
  },
  {
    name: 'quote_mentions',
    schema: QuoteMention,
    primaryKey: 'quote_id,article_id,quote_start',
    offsets: ['quote_start', 'quote_end', 'span_start', 'span_end'],
    foreignKeys: { quote_id: { table: 'quotes', column: 'quote_id' }, article_id: { table: 'articles', column: 'article_id' } },
  },
  {
    name: 'events',
    schema: Event,
    primaryKey: 'event_id',
    offsets: ['span_start', 'span_end'],
    foreignKeys: { article_id: { table: 'articles', column: 'article_id' } },
  },
  {
    name: 'event_mentions',
    schema: EventMention,
    primaryKey: 'mention_id',
    offsets: ['span_start', 'span_end'],
    foreignKeys: { event_id: { table: 'events', column: 'event_id' }, article_id: { table: 'articles', column: 'article_id' } },
  },
  { name: 'actors', schema: Actor, primaryKey: 'actor_id', offsets: [] },
];


/** The columns of a table, in schema order, read off the zod definitions. */
export function columns(schema: z.ZodObject): Column[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    let f = field as z.ZodType;
    let nullable = false;
    const description = (f.meta()?.description as string | undefined) ?? '';
    while (f._zod.def.type === 'nullable' || f._zod.def.type === 'optional') {
      nullable = true;
      f = (f._zod.def as unknown as { innerType: z.ZodType }).innerType;
    }
    const def = f._zod.def;
    let kind: ColumnKind;
    let values: string[] | undefined;
    switch (def.type) {
      case 'string':
        kind = 'string';
        break;
      case 'enum':
        kind = 'string';
        values = Object.values((def as unknown as { entries: Record<string, string> }).entries);
        break;
      case 'number':
        kind = (f as z.ZodNumber).isInt ? 'integer' : 'number';
        break;
      case 'boolean':
        kind = 'boolean';
        break;
      case 'array':
        kind = 'list';
        break;
      default:
        throw new Error(`column ${name}: unsupported zod type ${def.type}`);
    }
    return { name, kind, nullable, description, ...(values ? { values } : {}) };
  });
}

/** JSON Schema (draft 2020-12) of one row. */
export function toJsonSchema(t: TableDef): unknown {
  return z.toJSONSchema(t.schema);
}

/** How a list is written in a CSV cell: documented in the data dictionary, lossless. */
export const CSV_LIST_NOTE = 'a JSON array (`["a","b"]`), so values may contain any character';

/** Frictionless Table Schema of one table. */
export function toTableSchema(t: TableDef): unknown {
  const fields = columns(t.schema).map((c) => ({
    name: c.name,
    type: c.kind === 'list' ? 'array' : c.kind,
    description: c.description + (c.kind === 'list' ? ` In CSV: ${CSV_LIST_NOTE}.` : ''),
    ...(c.kind === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    constraints: {
      required: !c.nullable,
      ...(c.values ? { enum: c.values } : {}),
    },
  }));
  const primaryKey = t.primaryKey.split(',');
  const foreignKeys = Object.entries(t.foreignKeys ?? {}).map(([field, ref]) => ({
    fields: field,
    reference: { resource: ref.table, fields: ref.column },
  }));
  return { fields, primaryKey, ...(foreignKeys.length ? { foreignKeys } : {}), missingValues: [''] };
}

/** The README's data dictionary: one table per published table, from the schemas. */
export function dataDictionary(): string {
  const out: string[] = [];
  for (const t of TABLES) {
    const meta = t.schema.meta() as { description?: string } | undefined;
    out.push(`### ${t.name}`, '', meta?.description ?? '', '', '| column | type | null | meaning |', '|---|---|---|---|');
    for (const c of columns(t.schema)) {
      const type = c.kind === 'list' ? 'list of strings' : c.values ? `${c.kind} (${c.values.map((v) => `\`${v}\``).join(', ')})` : c.kind;
      const desc = c.description.replace(/\|/g, '\\|');
      out.push(`| \`${c.name}\` | ${type} | ${c.nullable ? 'yes' : 'no'} | ${desc} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
