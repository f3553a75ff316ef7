import { z } from 'zod';
import { PartialDate } from './common.js';

export const Story = z
  .object({
    story_id: z.string().meta({ description: 'Stable id derived from the member articles\' content.' }),
    article_ids: z.array(z.string()).min(1).meta({ description: 'Every article reporting this happening.' }),
    date: PartialDate.nullable().meta({ description: 'When the happening took place, at the precision known (YYYY-MM-DD, YYYY-MM or YYYY).' }),
    headline: z.string().meta({ description: 'A short headline: a member\'s title, else the opening of its first sentence.' }),
    actors: z.array(z.string()).meta({ description: 'Canonical names of the main participants (people, else countries or organisations).' }),
    locations: z.array(z.string()).meta({ description: 'Where the story\'s events took place.' }),
  })
  .meta({ id: 'stories', title: 'Stories', description: 'One row per story: a cluster of articles that report the same real-world happening.' });
export type Story = z.infer<typeof Story>;
