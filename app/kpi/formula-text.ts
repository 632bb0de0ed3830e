import type { FormulaNode } from "./formula";

/** A leaf token of a formula (identifier, number or string): 0-based start, exclusive end. */
export interface Token {
  start: number;
  end: number;
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= "0" && ch <= "9";
// jsep's identifier characters: ASCII letters, "_", "$", any non-ASCII character, and digits after the first.
const isIdentifierStart = (ch: string) => /[A-Za-z_$]/.test(ch) || ch.charCodeAt(0) >= 128;
const isIdentifierPart = (ch: string) => isIdentifierStart(ch) || isDigit(ch);
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;

/**
 * List the identifiers, numbers and strings of a formula in text order. jsep reports no positions,
 * but a walk of its tree that visits children left to right meets these leaves in the same order.
 */
export function scanTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += text[j] === "\\" ? 2 : 1;
      tokens.push({ start: i, end: Math.min(j + 1, text.length) });
      i = j + 1;
      continue;
    }
    if (isDigit(ch) || (ch === "." && isDigit(text[i + 1]))) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      const end = i + (match ? match[0].length : 1);
      tokens.push({ start: i, end });
      i = end;
      continue;
    }
    if (isIdentifierStart(ch)) {
      let j = i + 1;
      while (j < text.length && isIdentifierPart(text[j])) j += 1;
      tokens.push({ start: i, end: j });
      i = j;
      continue;
    }
    i += 1;
  }
  return tokens;
}

/** Index of the first non-blank character at or after `from`, or the text's length. */
export function nextNonBlank(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i += 1;
  return i;
}

/** Find the known name closest to an unknown one, if it is at most two edits away. */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    if (Math.abs(candidate.length - name.length) >= bestDistance) continue;
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance: insertions, deletions and substitutions of one character. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

const PRECEDENCE = { "+": 1, "-": 1, "*": 2, "/": 2 } as const;

function precedenceOf(node: FormulaNode): number {
  if (node.type === "binary") return PRECEDENCE[node.operator];
  return node.type === "negate" ? 3 : 4;
}

/**
 * Write a formula tree back as text with only the parentheses it needs: the denominator of
 * "deals_won / (deals_won + deals_lost)" prints as "deals_won + deals_lost".
 */
export function printFormula(node: FormulaNode): string {
  switch (node.type) {
    case "number":
      return node.raw;
    case "parameter":
      return node.key;
    case "window":
      return node.variable;
    case "metric":
      return node.fn ? `${node.fn}(${node.metric})` : node.metric;
    case "negate":
      return `-${wrap(node.operand, precedenceOf(node.operand) < 4)}`;
    case "binary": {
      const own = PRECEDENCE[node.operator];
      const right = precedenceOf(node.right);
      const rightNeedsParentheses = right < own || (right === own && (node.operator === "-" || node.operator === "/"));
      return `${wrap(node.left, precedenceOf(node.left) < own)} ${node.operator} ${wrap(node.right, rightNeedsParentheses)}`;
    }
  }
}

const wrap = (node: FormulaNode, parentheses: boolean) => (parentheses ? `(${printFormula(node)})` : printFormula(node));

/** Every identifier in a formula's text (metric keys, parameters, function names), without parsing it. */
export function identifiersIn(text: string): string[] {
  const names = scanTokens(text)
    .map((token) => text.slice(token.start, token.end))
    .filter((token) => isIdentifierStart(token[0]));
  return [...new Set(names)];
}
