import jsep from "jsep";
import type { MetricKind } from "../../db/schema";
import { closestName, nextNonBlank, scanTokens, type Token } from "./formula-text";
import type { FormulaError, FormulaErrorCode, KpiInput } from "./types";

export const FORMULA_FUNCTIONS = ["sum", "first", "last", "avg", "min", "max"] as const;
export type FormulaFunction = (typeof FORMULA_FUNCTIONS)[number];
export const WINDOW_VARIABLES = ["window_days", "window_months"] as const;
export type WindowVariable = (typeof WINDOW_VARIABLES)[number];
/** Names that a metric or parameter key may not take, because formulas give them another meaning. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set<string>([...FORMULA_FUNCTIONS, ...WINDOW_VARIABLES]);

export type MetricAggregate = KpiInput["aggregate"];
export type ArithmeticOperator = "+" | "-" | "*" | "/";

/** A parsed formula. A bare flow reads "sum", a bare stock "end"; `fn` is the function written, if any. */
export type FormulaNode =
  | { type: "number"; value: number; raw: string }
  | { type: "metric"; metric: string; aggregate: MetricAggregate; fn: FormulaFunction | null }
  | { type: "parameter"; key: string }
  | { type: "window"; variable: WindowVariable }
  | { type: "negate"; operand: FormulaNode }
  | { type: "binary"; operator: ArithmeticOperator; left: FormulaNode; right: FormulaNode };

export interface MetricRead {
  metric: string;
  aggregate: MetricAggregate;
}

export interface Formula {
  text: string;
  root: FormulaNode;
  /** Each distinct (metric, aggregate) pair the formula reads, in text order. */
  reads: MetricRead[];
  /** Each distinct metric key, in text order. */
  metrics: string[];
}

/** The names a formula may use: metric keys with their kind, and the KPI's parameter keys. */
export interface FormulaScope {
  metrics: ReadonlyMap<string, MetricKind>;
  params: readonly string[];
}

export type ParseResult = { ok: true; formula: Formula } | { ok: false; error: FormulaError };

// NOTE: jsep keeps its operators in module-global state, so this configuration applies to every
// importer of jsep in the process. Only + - * / and unary minus remain, no literal names
// (true, null) are known, and the ternary plugin's hook is dropped so that "a ? b : c" fails.
jsep.removeAllBinaryOps();
jsep.removeAllUnaryOps();
jsep.removeAllLiterals();
jsep.addBinaryOp("+", 9);
jsep.addBinaryOp("-", 9);
jsep.addBinaryOp("*", 10);
jsep.addBinaryOp("/", 10);
jsep.addUnaryOp("-");
(jsep.hooks as unknown as Record<string, unknown[]>)["after-expression"] = [];

// Longest first, so that ">=" is reported rather than ">".
const UNSUPPORTED_OPERATORS = [">>>", "===", "!==", "**", "<=", ">=", "==", "!=", "&&", "||", "??", "<<", ">>", "?.", "%", "<", ">", "!", "~", "&", "|", "^", "?", ":", "="];

const isFunction = (name: string): name is FormulaFunction => (FORMULA_FUNCTIONS as readonly string[]).includes(name);
const isWindowVariable = (name: string): name is WindowVariable => (WINDOW_VARIABLES as readonly string[]).includes(name);

/**
 * Parse a KPI formula: numbers, + - * /, unary minus, parentheses, metric keys, the scope's
 * parameters, window_days, window_months, and sum/first/last/avg/min/max of one metric.
 * Never evaluates JavaScript. On failure returns the first problem in text order with its position.
 */
export function parseFormula(text: string, scope: FormulaScope): ParseResult {
  if (text.trim() === "") return { ok: false, error: { code: "empty", position: 1 } };

  let tree: jsep.Expression;
  try {
    tree = jsep(text);
  } catch (error) {
    return { ok: false, error: fromJsepError(text, error) };
  }

  const converter = new Converter(text, scope);
  try {
    const root = converter.convert(tree);
    const metrics = [...new Set(converter.reads.map((read) => read.metric))];
    return { ok: true, formula: { text, root, reads: converter.reads, metrics } };
  } catch (error) {
    if (error instanceof Rejection) return { ok: false, error: error.detail };
    throw error;
  }
}

/**
 * Convert a jsep syntax error, which carries the 0-based index where jsep stopped. An operator that
 * this parser removed from jsep is named there as unsupported.
 */
function fromJsepError(text: string, error: unknown): FormulaError {
  const reported = (error as { index?: unknown }).index;
  const index = typeof reported === "number" ? Math.min(Math.max(0, reported), text.length) : 0;

  // jsep reads "a ** b" as "a *" followed by an unexpected second "*".
  if (index > 0 && text.slice(index - 1, index + 1) === "**") return { code: "unsupported_operator", position: index, name: "**" };
  const operator = UNSUPPORTED_OPERATORS.find((candidate) => text.startsWith(candidate, index));
  if (operator) return { code: "unsupported_operator", position: index + 1, name: operator };
  // A "+" is only unexpected where it would be a unary plus ("+a", "a * +b").
  if (text[index] === "+") return { code: "unsupported_operator", position: index + 1, name: "+" };

  const found = text[index];
  return found === undefined ? { code: "syntax", position: index + 1 } : { code: "syntax", position: index + 1, name: found };
}

class Rejection extends Error {
  constructor(readonly detail: FormulaError) {
    super(`${detail.code} at ${detail.position}`);
  }
}

/** Converter from jsep's tree to a FormulaNode tree, which checks every name and gives each problem its position. */
class Converter {
  readonly reads: MetricRead[] = [];
  private readonly tokens: Token[];
  private nextToken = 0;

  constructor(
    private readonly text: string,
    private readonly scope: FormulaScope,
  ) {
    this.tokens = scanTokens(text);
  }

  convert(node: jsep.Expression): FormulaNode {
    switch (node.type) {
      case "Literal":
        return this.literal(node as jsep.Literal);
      case "Identifier":
        return this.identifier((node as jsep.Identifier).name, this.take());
      case "ThisExpression":
        return this.identifier("this", this.take());
      case "UnaryExpression":
        return { type: "negate", operand: this.convert((node as jsep.UnaryExpression).argument) };
      case "BinaryExpression": {
        const binary = node as jsep.BinaryExpression;
        const left = this.convert(binary.left);
        const right = this.convert(binary.right);
        return { type: "binary", operator: binary.operator as ArithmeticOperator, left, right };
      }
      case "CallExpression":
        return this.call(node as jsep.CallExpression);
      case "MemberExpression":
        return this.member(node as jsep.MemberExpression);
      case "ArrayExpression":
        return this.reject("unsupported_operator", this.text.indexOf("[", this.cursor()), "[]");
      case "Compound":
      case "SequenceExpression": {
        const parts = (node.body ?? node.expressions) as jsep.Expression[];
        this.convert(parts[0]);
        const at = nextNonBlank(this.text, this.cursor());
        return this.reject("syntax", at, this.text[at]);
      }
      default:
        return this.reject("syntax", nextNonBlank(this.text, this.cursor()));
    }
  }

  private literal(node: jsep.Literal): FormulaNode {
    const token = this.take();
    const raw = this.text.slice(token.start, token.end);
    if (typeof node.value !== "number") return this.reject("syntax", token.start, raw);
    return { type: "number", value: node.value, raw };
  }

  private identifier(name: string, token: Token): FormulaNode {
    const kind = this.scope.metrics.get(name);
    if (kind) return this.metric(name, kind === "flow" ? "sum" : "end", null);
    if (this.scope.params.includes(name)) return { type: "parameter", key: name };
    if (isWindowVariable(name)) return { type: "window", variable: name };
    // A function name without its parentheses.
    if (isFunction(name)) return this.reject("bad_argument", token.start, name);

    const suggestion = closestName(name, [...this.scope.metrics.keys(), ...this.scope.params, ...WINDOW_VARIABLES]);
    const code = suggestion !== undefined && !this.scope.metrics.has(suggestion) ? "unknown_parameter" : "unknown_metric";
    return this.reject(code, token.start, name, suggestion);
  }

  private call(node: jsep.CallExpression): FormulaNode {
    if (node.callee.type === "MemberExpression") return this.member(node.callee as jsep.MemberExpression);
    if (node.callee.type !== "Identifier") return this.reject("syntax", nextNonBlank(this.text, this.cursor()));

    const name = (node.callee as jsep.Identifier).name;
    const calleeToken = this.take();
    if (!isFunction(name)) return this.reject("unknown_function", calleeToken.start, name);

    const open = this.text.indexOf("(", calleeToken.end);
    const [argument] = node.arguments;
    if (!argument) return this.reject("bad_argument", nextNonBlank(this.text, open + 1), name);
    if (argument.type !== "Identifier") {
      const at = this.countLeaves(argument) > 0 ? this.tokens[this.nextToken].start : nextNonBlank(this.text, open + 1);
      return this.reject("bad_argument", at, name);
    }

    const metric = (argument as jsep.Identifier).name;
    const argumentToken = this.take();
    if (!this.scope.metrics.has(metric)) {
      const known = this.scope.params.includes(metric) || isWindowVariable(metric) || isFunction(metric);
      if (known) return this.reject("bad_argument", argumentToken.start, name);
      return this.reject("unknown_metric", argumentToken.start, metric, closestName(metric, this.scope.metrics.keys()));
    }
    if (node.arguments.length > 1) return this.reject("bad_argument", this.text.indexOf(",", argumentToken.end), name);
    return this.metric(metric, name, name);
  }

  private member(node: jsep.MemberExpression): FormulaNode {
    this.nextToken += this.countLeaves(node.object);
    const from = this.cursor();
    const found = [".", "[", "?"].map((ch) => this.text.indexOf(ch, from)).filter((i) => i >= 0);
    const at = found.length > 0 ? Math.min(...found) : from;
    let operator = ".";
    if (this.text[at] === "[") operator = "[]";
    if (this.text[at] === "?") operator = "?.";
    return this.reject("unsupported_operator", at, operator);
  }

  private metric(metric: string, aggregate: MetricAggregate, fn: FormulaFunction | null): FormulaNode {
    if (!this.reads.some((read) => read.metric === metric && read.aggregate === aggregate)) this.reads.push({ metric, aggregate });
    return { type: "metric", metric, aggregate, fn };
  }

  private take(): Token {
    const token = this.tokens[this.nextToken];
    this.nextToken += 1;
    return token ?? { start: this.cursor(), end: this.cursor() };
  }

  /** End of the last token read, so that searches for the next operator start after it. */
  private cursor(): number {
    return this.nextToken === 0 ? 0 : (this.tokens[this.nextToken - 1]?.end ?? this.text.length);
  }

  private countLeaves(node: jsep.Expression): number {
    if (node.type === "Identifier" || node.type === "Literal" || node.type === "ThisExpression") return 1;
    let count = 0;
    for (const value of Object.values(node)) {
      const children = Array.isArray(value) ? value : [value];
      for (const child of children) {
        if (child && typeof child === "object" && "type" in child) count += this.countLeaves(child as jsep.Expression);
      }
    }
    return count;
  }

  private reject(code: FormulaErrorCode, index: number, name?: string, suggestion?: string): never {
    const position = Math.max(0, index) + 1;
    throw new Rejection({
      code,
      position,
      ...(name !== undefined ? { name } : {}),
      ...(suggestion !== undefined ? { suggestion } : {}),
    });
  }
}
