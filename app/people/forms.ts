import { z } from "zod";
import { optionalId, optionalIsoDate, requiredId, requiredText } from "../components/forms/zod-fields";

export const ROLES = ["admin", "lead", "member"] as const;

/** A team key is a slug used by imports and the API: lowercase letters, digits and single dashes. */
export const TEAM_KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const teamCreateSchema = z.object({
  key: requiredText(40).pipe(z.string().regex(TEAM_KEY_PATTERN, { error: "invalid_key" })),
  name: requiredText(100),
  parentId: optionalId,
});

export const teamUpdateSchema = z.object({
  name: requiredText(100),
  parentId: optionalId,
  leadPersonId: optionalId,
});

export const personSchema = z
  .object({
    name: requiredText(100),
    email: requiredText(200).pipe(z.email({ error: "invalid_email" })).transform((email) => email.toLowerCase()),
    role: z.enum(ROLES, { error: "invalid_choice" }),
    teamId: requiredId,
    startedOn: optionalIsoDate,
    endedOn: optionalIsoDate,
  })
  .superRefine((person, ctx) => {
    if (person.startedOn && person.endedOn && person.endedOn < person.startedOn) {
      ctx.addIssue({ code: "custom", path: ["endedOn"], message: "end_before_start" });
    }
  });

export type TeamCreateInput = z.output<typeof teamCreateSchema>;
export type TeamUpdateInput = z.output<typeof teamUpdateSchema>;
export type PersonInput = z.output<typeof personSchema>;
