import { z } from "zod";

const text = z.string().trim().min(1, "is empty; write the text or remove the entry");
const variants = z.array(text).min(1, "needs at least one text; add one, or remove the list");

const clarificationVariants = z.strictObject({
  general: variants,
  microservices: variants.optional(),
  microsegmentation: variants.optional(),
});

/** The shape of intents/replies.yml; see the comments in that file for what each entry is for. */
export const repliesFileSchema = z.strictObject({
  about: text,
  clarifications: z.strictObject({
    equivalence: clarificationVariants,
    wrong_sense: clarificationVariants,
    implication: clarificationVariants,
  }),
  answers: z.strictObject({
    definition: z.strictObject({ microservices: variants, microsegmentation: variants }),
    difference: variants,
  }),
  explain: z.strictObject({ microservices: text, microsegmentation: text }),
  compare: text,
});

/** The validated reply texts the composer picks from. */
export type ReplyTexts = z.infer<typeof repliesFileSchema>;
