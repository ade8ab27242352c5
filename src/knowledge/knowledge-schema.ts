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
