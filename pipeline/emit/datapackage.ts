/** The Frictionless `datapackage.json`: one resource per file of each table, licences, and the dataset version. */
import { CSV_DIALECT, CSV_LIST_NOTE, TABLES, toTableSchema, type TableDef } from '../../schemas/index.js';

export type Format = 'csv' | 'json' | 'arrow' | 'parquet';

export const MEDIA: Record<Format, string> = {
  csv: 'text/csv',
  json: 'application/json',
  arrow: 'application/vnd.apache.arrow.file',
  parquet: 'application/vnd.apache.parquet',
};

/** The licence of the dataset's own data; the article texts keep their publishers' terms. */
export const DATA_LICENSE = {
  name: 'ODC-By-1.0',
  path: 'https://opendatacommons.org/licenses/by/1-0/',
  title:
    'Open Data Commons Attribution License 1.0, for the database: its structure, the extracted events, quotes, actors and stories, ids, offsets and annotations. It does not cover the contents it points into: article texts, titles, captions and quoted sentences remain their publishers\', under the terms in `articles.license` where known.',
};

export const CODE_LICENSE = { name: 'MIT', path: 'https://opensource.org/license/mit', title: 'The code that builds the dataset (the reportage package) is MIT-licensed.' };

/** The datapackage resource of one table's file. */
export function resource(t: TableDef, format: Format, rows: number, bytes: number, hash: string): Record<string, unknown> {
  const meta = t.schema.meta() as { title?: string; description?: string } | undefined;
  const texts = t.name === 'articles' ? ' The `text`, `title` and `captions` of each article remain its publisher\'s (see `license`).' : '';
  return {
    name: format === 'csv' ? t.name : `${t.name}-${format}`,
    path: `${t.name}.${format}`,
    format,
    mediatype: MEDIA[format],
    ...(format === 'csv' ? { profile: 'tabular-data-resource', encoding: 'utf-8', dialect: CSV_DIALECT } : {}),
    title: meta?.title,
    description:
      (meta?.description ?? '') +
      texts +
      (format === 'csv' ? ` Lists are written as ${CSV_LIST_NOTE}; an empty cell is null.` : ` The same rows and columns as ${t.name}.csv.`),
    bytes,
    hash: `sha256:${hash}`,
    rows,
    ...(format === 'csv' ? { schema: toTableSchema(t) } : format === 'json' ? { jsonSchema: `schema/${t.name}.json` } : {}),
  };
}

export function datapackage(version: string, resources: Record<string, unknown>[]): Record<string, unknown> {
  return {
    profile: 'data-package',
    name: 'reportage',
    title: 'reportage: events and quotes from news articles',
    description:
      'Articles cleaned, deduplicated and clustered into stories; the quotations and events they report, each row traceable to its sentence (article_id, span_start, span_end: the sentence is the article text between the two, in code points). ' +
      `Tables: ${TABLES.map((t) => t.name).join(', ')}; each as CSV (the tabular resource), JSON, Arrow IPC and Parquet with the same rows and columns.`,
    version,
    licenses: [DATA_LICENSE],
    code_license: CODE_LICENSE,
    resources,
  };
}
