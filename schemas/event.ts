import { z } from 'zod';
import { PartialDate, evidenceFields } from './common.js';

export const EVENT_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

const eventFields = {
  event_type: z.enum(EVENT_TYPES).meta({ description: 'PLOVER event type, upper case (CONSULT: meetings, talks, visits, calls; AGREE: agreements, signings; REQUEST; ACCUSE; REJECT; ...).' }),
  status: z.enum(['occurred', 'planned', 'background']).meta({ description: '`occurred` (what the article reports as its news), `planned` (scheduled, expected, to be held), or `background` (an earlier event mentioned as context: `had accused`, `last month`, `in 1999`; its own date, or null).' }),
  date: PartialDate.nullable().meta({ description: 'When it happened, ISO at the precision known (YYYY-MM-DD, YYYY-MM, YYYY); relative dates resolved against the article\'s date.' }),
  date_precision: z.enum(['day', 'month', 'year', 'decade']).nullable().meta({ description: 'The precision of `date`.' }),
  date_basis: z.enum(['explicit', 'relative', 'article', 'story']).nullable().meta({ description: 'How the date was found: written out (`July 31, 2018`), relative to the article date (`Wednesday`, `next month`), the article\'s own date, or the story\'s.' }),
  location: z.string().nullable().meta({ description: 'Where it took place: city, with venue where given (`Iikura Guest House, Tokyo`).' }),
  actors: z.array(z.string()).meta({ description: 'Canonical names of the people taking part; where no person is named, the countries or organisations.' }),
  event_confidence: z.number().min(0).max(1).meta({ description: 'How sure the extraction is (0–1), from how it was found: a finite event verb with its own subject (0.9) above a present-tense report, a participle, actors taken from a group reference (`both sides`), a meeting noun referring back, or a statement read from its words (`called it unacceptable`, 0.6). An event takes the highest of its mentions.' }),
};

export const Event = z
  .object({
    event_id: z.string().meta({ description: 'Stable id derived from the event\'s type, date, place and actors.' }),
    ...eventFields,
    article_ids: z.array(z.string()).min(1).meta({ description: 'Every article that reports it.' }),
    story_id: z.string().meta({ description: 'The story of the first reporting article.' }),
    trigger: z.string().meta({ description: 'The words that name the event in the evidence sentence (`met`, `agreed`).' }),
    ...evidenceFields,
    mention_count: z.number().int().min(1).meta({ description: 'How many sentences report it (see `event_mentions`).' }),
  })
  .meta({ id: 'events', title: 'Events', description: 'One row per distinct real-world event: several reports of one event are one row, with every report listed.' });
export type Event = z.infer<typeof Event>;

export const EventMention = z
  .object({
    mention_id: z.string().meta({ description: 'Stable id of this sentence\'s report.' }),
    event_id: z.string().meta({ description: 'The event it reports (see `events`).' }),
    ...eventFields,
    date_text: z.string().nullable().meta({ description: 'The time expression as written, if any.' }),
    trigger: z.string().meta({ description: 'The words that name the event.' }),
    ...evidenceFields,
    article_id: z.string().meta({ description: 'The article of this report.' }),
  })
  .meta({ id: 'event_mentions', title: 'Event mentions', description: 'One row per sentence that reports an event: the provenance of every `events` row.' });
export type EventMention = z.infer<typeof EventMention>;
