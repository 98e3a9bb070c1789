/** The message to print when `version` does not satisfy `engines` (">=24.15.0"), else null. */
export function checkNode(version: string, engines: string | undefined): string | null;
