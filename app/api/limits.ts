/** Largest request body the API reads: room for a full batch of 10,000 snapshots of about 120 bytes each. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
export const MAX_BODY_BYTES_LABEL = "2 MiB";
