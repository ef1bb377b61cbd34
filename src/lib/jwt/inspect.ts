/**
 * Entry points for the decoder view: text (or the two cookies) in, an `Inspection` out.
 */
import {decodeToken} from './decode';
import {extractToken, joinCookies} from './extract';
import type {Extraction, Inspection} from './types';

export function inspectExtraction(extraction: Extraction): Inspection {
  const decoded = decodeToken(extraction.token);
  return {...decoded, extraction, findings: [...extraction.findings, ...decoded.findings]};
}

/** Decodes whatever the reader pasted in the "Encoded token" box. */
export function inspectText(text: string): Inspection {
  return inspectExtraction(extractToken(text));
}

/** Decodes the two Open edX JWT cookies pasted separately. */
export function inspectCookies(headerPayload: string, signature: string): Inspection {
  return inspectExtraction(joinCookies(headerPayload, signature));
}
