/**
 * GS1 Digital Link parsing for people checking a URI (a brand before printing labels, anyone
 * holding a code): the strict parse of src/shared/gs1 in the shape the API and the CLI give out.
 */
import { dlAiValues, parseDigitalLinkStrict, type DlElement, type DlFault } from '../../shared/gs1/digital-link-strict.ts';

/** A parsed Digital Link: every AI with its value, and the same AIs by role, in URI order. */
export interface DigitalLinkDescription {
  /** AI number → value, every AI of the path and the query. */
  ais: Record<string, string>;
  primary_key: DlElement;
  qualifiers: DlElement[];
  attributes: DlElement[];
  uri: string;
}

export type DescribeResult = { ok: true; description: DigitalLinkDescription } | DlFault;

/** Parses `uri` strictly by the GS1 Digital Link standard; a fault carries a code and a detail naming the AI or segment. */
export function describeDigitalLink(uri: string): DescribeResult {
  const parsed = parseDigitalLinkStrict(uri);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    description: {
      ais: dlAiValues(parsed),
      primary_key: parsed.primaryKey,
      qualifiers: parsed.qualifiers,
      attributes: parsed.attributes,
      uri: parsed.uri,
    },
  };
}
