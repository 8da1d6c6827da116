/**
 * A disclosure with nothing read into it yet: the schema's defaults (disclosure.ts), written out so that the
 * extractor, which only builds, loads no zod. A test holds it equal to what `DisclosureSchema.parse` gives.
 */
import type { Disclosure, Identity, Source } from './disclosure.ts';

export function emptyDisclosure(identity: Identity, sources: Source[]): Disclosure {
  // in the schema's key order, so that the JSON a user reads is the same as the validator's
  return {
    schema: 'yusuan/disclosure@1',
    identity,
    sources,
    sections: [],
    unitInfo: { functions: [], subordinateUnits: [] },
    income: {},
    expenditure: { byFunction: [], byEconomic: [] },
    appropriation: { general: { byFunction: [] }, fund: { byFunction: [] }, capital: { byFunction: [] } },
    threePublic: {},
    procurement: {},
    performance: {},
    assets: { vehiclesByType: [] },
    glossary: [],
    contact: {},
    tables: [],
    statements: [],
  };
}
