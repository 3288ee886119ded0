// Every purpose a secret is sealed for (see sealed-secret.ts), named once for sealer and opener.

/** The customer's API key, sent back to Greenhouse as the Basic credential of its callback. */
export const GREENHOUSE_CREDENTIAL_PURPOSE = 'greenhouse-callback-credential';
