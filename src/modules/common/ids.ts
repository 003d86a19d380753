import { badInput } from '../../errors.js';
import { decodeId, type NodeType } from './node.js';

/** Database ids from global IDs that must all be of `type`; a wrong one is the caller's mistake. */
export function idsOf(type: NodeType, globalIds: readonly string[], argument: string): number[] {
  return globalIds.map((globalId) => {
    const decoded = decodeId(globalId);
    if (!decoded || decoded.type !== type) {
      throw badInput(
        `\`${argument}\` expects ${type} IDs; "${globalId}" is not one. Take IDs from the \`id\` field of ${type} objects.`,
        {
          argument,
        },
      );
    }
    return decoded.id;
  });
}

export function idOf(type: NodeType, globalId: string, argument: string): number {
  return idsOf(type, [globalId], argument)[0];
}

/** ISO 3166-1 alpha-2 codes, upper-cased; a malformed one is a clear error, an unknown one matches nothing. */
export function iso2Codes(codes: readonly string[], argument: string): string[] {
  return codes.map((code) => {
    const normalised = code.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(normalised)) {
      throw badInput(`\`${argument}\` expects two-letter ISO 3166-1 codes such as "TJ"; got "${code}".`, { argument });
    }
    return normalised;
  });
}
