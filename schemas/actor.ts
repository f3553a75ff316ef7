import { z } from 'zod';

export const Actor = z
  .object({
    actor_id: z.string().meta({ description: 'Stable id derived from the canonical name.' }),
    name: z.string().min(1).meta({ description: 'Canonical name: the fullest, most used spelling (`Sergey Lavrov`).' }),
    kind: z.enum(['person', 'country', 'organization']).meta({ description: 'What the actor is.' }),
    title: z.string().nullable().meta({ description: 'Office or role as the text gives it (`Foreign Minister`), most recent first seen.' }),
    country: z.string().nullable().meta({ description: 'The country the text ties the actor to (`Russia`).' }),
    aliases: z.array(z.string()).meta({ description: 'Every spelling seen in the text (`Sergei Lavrov`, `Lavrov`).' }),
    article_ids: z.array(z.string()).meta({ description: 'Articles that name the actor.' }),
  })
  .meta({ id: 'actors', title: 'Actors', description: 'One row per canonical actor: people who speak or take part in events, and the countries and organisations that do.' });
export type Actor = z.infer<typeof Actor>;
