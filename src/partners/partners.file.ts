import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { Partner, PartnerLimits } from './partner';
import { SCOPES } from './scope';

const limit = z.number().int().min(1).max(100_000);

const partnersFileSchema = z
  .object({
    partners: z.array(
      z.strictObject({
        id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, {
          error: 'must be 1-64 letters, digits, . _ -',
        }),
        name: z.string().min(1).max(200),
        keys: z
          .array(
            z.strictObject({
              sha256: z
                .string()
                .regex(/^[0-9a-fA-F]{64}$/, { error: 'must be the hex SHA-256 of the key' }),
            }),
          )
          .default([]),
        scopes: z.array(z.enum(SCOPES)),
        limits: z
          .strictObject({
            requestsPerSecond: limit,
            paymentsPerMinute: limit,
            paymentAttemptsPerOrderPerHour: limit,
          })
          .partial()
          .default({}),
      }),
    ),
  })
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    const digests = new Set<string>();
    file.partners.forEach((partner, index) => {
      if (ids.has(partner.id)) {
        ctx.addIssue({ code: 'custom', path: ['partners', index, 'id'], message: 'is used twice' });
      }
      ids.add(partner.id);
      for (const key of partner.keys) {
        const digest = key.sha256.toLowerCase();
        if (digests.has(digest)) {
          ctx.addIssue({
            code: 'custom',
            path: ['partners', index, 'keys'],
            message: 'a key digest is listed twice',
          });
        }
        digests.add(digest);
      }
    });
  });

export class PartnersFileError extends Error {
  constructor(path: string, problems: string[]) {
    super(`${path} is not a valid partners file:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PartnersFileError';
  }
}

/** Parses a partners file's text; problems name paths in the file, never key digests. */
export function parsePartnersFile(text: string, path: string, defaults: PartnerLimits): Partner[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new PartnersFileError(path, ['not JSON']);
  }
  const parsed = partnersFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new PartnersFileError(
      path,
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  return parsed.data.partners.map((partner) => ({
    id: partner.id,
    name: partner.name,
    scopes: new Set(partner.scopes),
    limits: { ...defaults, ...partner.limits },
    keyDigests: partner.keys.map((key) => Buffer.from(key.sha256, 'hex')),
  }));
}

export async function readPartnersFile(path: string, defaults: PartnerLimits): Promise<Partner[]> {
  return parsePartnersFile(await readFile(path, 'utf8'), path, defaults);
}
