// The coding query language: codes as quoted name paths ("Theme/Code"; a / inside a name is
// written \/), each with its sub-codes unless preceded by ONLY; combined with AND, OR, NOT (left
// minus right), NEAR n (left passages within n words of the right) and PRECEDES (left followed by
// right in the same paragraph), with parentheses. OR binds loosest, then AND, then the other three;
// all group to the left. A query that does not parse gets a QueryError naming the position.

export type QueryNode =
  | { kind: "code"; path: string[]; withSubcodes: boolean; position: number }
  | { kind: "and" | "or" | "not" | "precedes"; left: QueryNode; right: QueryNode }
  | { kind: "near"; words: number; left: QueryNode; right: QueryNode };

/** A query that does not parse, with the position (0-based, in characters) where it goes wrong. */
export class QueryError extends Error {
  constructor(
    readonly reason: string,
    readonly position: number,
  ) {
    super(`${reason} at position ${position + 1}`);
    this.name = "QueryError";
  }
}

type Token =
  | { type: "path"; path: string[]; at: number }
  | { type: "word"; word: string; at: number }
  | { type: "number"; value: number; at: number }
  | { type: "(" | ")"; at: number };

const KEYWORDS = new Set(["AND", "OR", "NOT", "NEAR", "PRECEDES", "ONLY"]);

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < query.length; ) {
    const c = query[i]!;
    if (/\s/u.test(c)) i++;
    else if (c === "(" || c === ")") tokens.push({ type: c, at: i++ });
    else if (c === '"' || c === "“" || c === "”") {
      const at = i;
      const names: string[] = [];
      let name = "";
      for (i++; ; i++) {
        if (i >= query.length) throw new QueryError("unclosed quote", at);
        const d = query[i]!;
        if (d === "\\" && (query[i + 1] === "/" || query[i + 1] === '"' || query[i + 1] === "\\")) name += query[++i]!;
        else if (d === "/") {
          names.push(name.trim());
          name = "";
        }
        else if (d === '"' || d === "”" || d === "“") break;
        else name += d;
      }
      names.push(name.trim());
      if (names.some((n) => n === "")) throw new QueryError("empty code name", at);
      tokens.push({ type: "path", path: names, at });
      i++;
    } else if (/\d/u.test(c)) {
      const at = i;
      while (i < query.length && /\d/u.test(query[i]!)) i++;
      tokens.push({ type: "number", value: Number(query.slice(at, i)), at });
    } else if (/\p{L}/u.test(c)) {
      const at = i;
      while (i < query.length && /\p{L}/u.test(query[i]!)) i++;
      const word = query.slice(at, i).toUpperCase();
      if (!KEYWORDS.has(word)) throw new QueryError(`unknown word "${query.slice(at, i)}" (write code names in quotes)`, at);
      tokens.push({ type: "word", word, at });
    } else throw new QueryError(`unexpected "${c}"`, i);
  }
  return tokens;
}

export function parseQuery(query: string): QueryNode {
  const tokens = tokenize(query);
  let at = 0;
  const peek = () => tokens[at];
  const where = () => peek()?.at ?? query.length;
  const isWord = (word: string) => {
    const token = peek();
    return token?.type === "word" && token.word === word;
  };

  const operand = (): QueryNode => {
    const token = peek();
    if (!token) throw new QueryError("a code is missing", query.length);
    if (token.type === "(") {
      at++;
      const inner = orExpression();
      if (peek()?.type !== ")") throw new QueryError("missing )", where());
      at++;
      return inner;
    }
    if (token.type === "word" && token.word === "ONLY") {
      at++;
      const next = peek();
      if (next?.type !== "path") throw new QueryError("ONLY must be followed by a quoted code", where());
      at++;
      return { kind: "code", path: next.path, withSubcodes: false, position: next.at };
    }
    if (token.type === "path") {
      at++;
      return { kind: "code", path: token.path, withSubcodes: true, position: token.at };
    }
    throw new QueryError(token.type === "word" ? `a code is missing before ${token.word}` : "a code is missing", token.at);
  };

  const tight = (): QueryNode => {
    let left = operand();
    for (;;) {
      if (isWord("NOT") || isWord("PRECEDES")) {
        const kind = isWord("NOT") ? "not" : "precedes";
        at++;
        left = { kind, left, right: operand() };
      } else if (isWord("NEAR")) {
        at++;
        const count = peek();
        if (count?.type !== "number") throw new QueryError("NEAR must be followed by a number of words", where());
        at++;
        left = { kind: "near", words: count.value, left, right: operand() };
      } else return left;
    }
  };

  const andExpression = (): QueryNode => {
    let left = tight();
    while (isWord("AND")) {
      at++;
      left = { kind: "and", left, right: tight() };
    }
    return left;
  };

  function orExpression(): QueryNode {
    let left = andExpression();
    while (isWord("OR")) {
      at++;
      left = { kind: "or", left, right: andExpression() };
    }
    return left;
  }

  const tree = orExpression();
  if (at < tokens.length) throw new QueryError(tokens[at]!.type === ")" ? "unmatched )" : "an operator is missing", where());
  return tree;
}
