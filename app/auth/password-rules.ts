/** Minimum length of a new password; length matters more than character classes (NIST SP 800-63B). */
export const MIN_PASSWORD_LENGTH = 10;
