/** One problem with a request, worded later in the caller's language as api.details.<code>. */
export interface ApiIssue {
  /** Position of the item in a batch (0-based); absent outside batches. */
  index?: number;
  /** The field as the request names it: "periodStart", "params.list_rate", or "body" for the whole body. */
  field: string;
  code: string;
  /** The value that was rejected, when there is one. */
  value?: unknown;
  params?: Record<string, string | number>;
}

/**
 * A request the API rejects. The handler turns it into `{ "error": { code, message, details } }`
 * with this status; message and details are worded from api.errors.<code> and api.details.<code>.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly issues: ApiIssue[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(`API error ${status} ${code}`);
    this.name = "ApiError";
  }
}

/** Reject a request body or query with 422 and the issues found. */
export function invalidRequest(issues: ApiIssue[]): ApiError {
  return new ApiError(422, "invalid_request", { count: issues.length }, issues);
}

export const notFoundError = (what: string, value: string | number) => new ApiError(404, "not_found", { what, value: String(value) });
