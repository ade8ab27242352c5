import { z } from "zod";

const lowercasePhrase = z
  .string({ error: "write it as text; put words like true, false, yes or no in quotes" })
  .min(1, "must not be empty")
  .refine(
    (value) => value === value.toLowerCase(),
    "write it in lowercase: the engine lowercases text first",
  );

export const termsFileSchema = z.object({
  terms: z.object({
    microservices: z.object({
      forms: z.array(z.object({ form: lowercasePhrase, role: z.enum(["noun", "count", "verb"]) })).min(1),
    }),
    microsegmentation: z.object({
      forms: z.array(z.object({ form: lowercasePhrase, role: z.enum(["noun", "count", "verb"]) })).min(1),
    }),
  }),
  fuzzy: z.object({
    min_length: z.number().int().min(5).max(30),
    two_edits_from_length: z.number().int().min(6).max(40),
    never: z.array(lowercasePhrase),
  }),
});

export const lexiconsFileSchema = z.object({
  lexicons: z.record(
    z.string().regex(/^[a-z_]+$/, "use lowercase letters and underscores"),
    z.array(lowercasePhrase).min(1),
  ),
});

const ruleSchema = z.object({
  id: z.string().regex(/^(equivalence|wrong_sense|implication)\.[a-z0-9-]+$/, "use <kind>.<kebab-name>"),
  kind: z.enum(["equivalence", "wrong_sense", "implication"]),
  misused: z.enum(["microservices", "microsegmentation"]).optional(),
  confidence: z.number().min(0).max(1),
  note: z.string().min(5, "say in a few words what the message claims"),
  pattern: z.string().min(1),
  allow_negation: z.boolean().optional(),
  negation_scope: z.enum(["match", "claim", "sentence"]).optional(),
  cue_within: z.number().int().positive().optional(),
  allow_question: z.boolean().optional(),
  allow_report: z.boolean().optional(),
  forbids: z.array(z.string()).optional(),
  requires: z.array(z.string()).optional(),
  examples: z.array(z.string()).optional(),
  counterexamples: z.array(z.string()).optional(),
});

export const patternsFileSchema = z.object({ rules: z.array(ruleSchema).min(1) });

export type TermsFile = z.infer<typeof termsFileSchema>;
export type LexiconsFile = z.infer<typeof lexiconsFileSchema>;
export type RuleEntry = z.infer<typeof ruleSchema>;
export type PatternsFile = z.infer<typeof patternsFileSchema>;

const groupName = z
  .string()
  .regex(/^[a-z_]+$/, "name a lexicons.yml group (lowercase letters and underscores)");

export const scorerFileSchema = z.object({
  threshold: z.number().gt(0, "must be above 0").lt(1, "must be below 1"),
  note: z.string().min(5, "say in a few words why the scorer flags a message"),
  training: z.object({
    files: z
      .array(z.string().regex(/^[a-z0-9-]+\.jsonl$/, "name a file in intents/corpus/, like dev.jsonl"))
      .min(1),
    epochs: z.number().int().min(1).max(200),
    runs: z.number().int().min(1).max(20),
    learning_rate: z.number().positive().max(1),
    l2: z.number().min(0).max(1),
  }),
  shapes: z.object({
    segmentation_beside: z.array(groupName).min(1),
    services_beside: z.array(groupName).min(1),
    policy_unit: groupName,
    applied_to: groupName,
    segmentation_at_work: groupName,
    segmentation_by_policy: groupName,
    segmented_estate: groupName,
    segmentation_first: groupName,
  }),
});

/** One weight per class, in the order of `classes`. */
const classWeights = z.array(z.number()).length(4, "give one weight per class");

export const scorerModelSchema = z.object({
  trained_on: z.array(z.string()),
  /** A digest of the labelled units the weights were fitted to, to tell when they are out of date. */
  units_digest: z.string(),
  classes: z.tuple([
    z.literal("none"),
    z.literal("equivalence"),
    z.literal("wrong_sense"),
    z.literal("implication"),
  ]),
  bias: classWeights,
  features: z.array(z.string()),
  // Four weights per feature, one after the other: flat arrays parse and check many times faster
  // than thousands of small ones, and the bot starts that much sooner. load-knowledge.ts checks them.
  weights: z.custom<number[]>(
    (value) => Array.isArray(value),
    "give a flat list of numbers, four per feature",
  ),
});

export type ScorerFile = z.infer<typeof scorerFileSchema>;
export type ScorerModel = z.infer<typeof scorerModelSchema>;
