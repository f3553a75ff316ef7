/**
 * The package's public interface (`import { run } from 'reportage'`): the whole pipeline, each
 * stage on its own, output rendering and publishing, and the record types and their schemas.
 * Its names are pinned by tests/package.test.ts.
 */

// The whole pipeline, and the per-article part of it.
export { run, analyzeArticle, analyzeForRun, validate, type RunOptions, type RunResult, type Report, type ArticleAnalysis, type ArticleResult } from './index.js';

// The stages, in pipeline order.
export { listInputs, readInput, readBytes, DEFAULT_INGEST, type IngestOptions, type Listing } from './ingest/index.js';
export { clean } from './clean.js';
export { splitSentences } from './lib/sentences.js';
export { signature, similarity, dedupe, type Duplicate, type DedupeItem } from './dedupe.js';
export { extractQuotes, type QuoteExtraction } from './extract-quotes.js';
export { extractEvents, type EventMentionDraft } from './extract-events/index.js';
export { resolveActors, type ActorResolution } from './resolve-actors.js';
export { clusterStories, type StoryAssignment } from './cluster-stories/index.js';
export { mergeEvents, type MergedEvent } from './merge-events.js';
export { assemble, type Tables } from './assemble.js';

// Output: the files of out/, written safely; the change report; the site; the check.
export { render, renderFiles, publish, emit, previousOutput, publishedRows, OutputRefused, type EmitInput, type OutputFile } from './emit.js';
export { diffTable, summaryLine, changesMarkdown, type Changes, type TableChanges } from './changes.js';
export { siteFiles } from './report/index.js';
export { checkOut } from './check.js';
export { PACKAGE_VERSION } from './lib/version.js';

// The intermediate records the stages pass along.
export type { Message, RawArticle, CleanArticle, Sentence, QuoteMention as QuoteOccurrence, PersonMention, PersonName } from './types.js';

// The published records: zod schema and TypeScript type under one name, and the table registry.
export { Actor, Article, Event, EventMention, Quote, QuoteMention, Story, TABLES, columns, foreignKeys, toJsonSchema, toTableSchema, dateBounds, type Column, type TableDef } from '../schemas/index.js';
