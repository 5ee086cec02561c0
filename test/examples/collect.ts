// Collects the code examples a reader sees: every @example block in the TSDoc of src/ and every ts
// code block in README.md and docs/*.md, and turns them into one script that runs them all against the
// built package (imports of "c5-minerals/..." resolve to dist/ through the package's own exports).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

export interface Example {
  /** Where the example is, e.g. `src/queries/routes.ts:findRoutes` or `README.md#2`. */
  where: string;
  code: string;
}

/** README.md, the guides in docs/ and the data README, which the site renders too. */
function guideFiles(root: string): string[] {
  const guides = readdirSync(join(root, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`);
  return ["README.md", ...guides, "data/README.md"];
}

/** A shell or Python block of the README or a guide. */
export interface ScriptExample {
  where: string;
  language: "sh" | "python";
  code: string;
}

/** Every ```sh and ```python block of README.md and docs/*.md. */
export function collectScripts(root: string): ScriptExample[] {
  const found: ScriptExample[] = [];
  const docs = guideFiles(root);
  for (const doc of docs) {
    let i = 0;
    for (const block of readFileSync(join(root, doc), "utf8").matchAll(/```(sh|python)\n([\s\S]*?)```/g)) {
      found.push({ where: `${doc}#${block[1]}${++i}`, language: block[1] as "sh" | "python", code: block[2] ?? "" });
    }
  }
  return found;
}

const FENCE = /```ts\n([\s\S]*?)```/g;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : files(path);
    return e.name.endsWith(".ts") ? [path] : [];
  });
}

export function collectExamples(root: string): Example[] {
  const found: Example[] = [];
  for (const file of files(join(root, "src"))) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(
      /\/\*\*([\s\S]*?)\*\/\s*(?:export\s+)?(?:declare\s+)?(?:async\s+)?(?:function|const|class|interface|type)?\s*(\w*)/g,
    )) {
      const doc = (m[1] ?? "").replace(/^\s*\* ?/gm, "");
      const example = doc.split("@example")[1];
      if (example === undefined) continue;
      for (const block of example.matchAll(FENCE))
        found.push({ where: `${relative(root, file)}:${m[2] || "module"}`, code: block[1] ?? "" });
    }
  }
  const docs = guideFiles(root);
  for (const doc of docs) {
    let i = 0;
    for (const block of readFileSync(join(root, doc), "utf8").matchAll(FENCE))
      found.push({ where: `${doc}#${++i}`, code: block[1] ?? "" });
  }
  return found;
}

/** A literal the runner can compare with, or undefined when the comment is prose. */
export function expectedValue(comment: string): { value: unknown } | undefined {
  const candidates = [comment.trim(), comment.split(/:\s|\s\(|\s—\s/)[0]?.trim() ?? ""];
  for (const text of candidates) {
    if (text === "" || /\.\.\.|…/.test(text)) continue;
    try {
      if (!/^(?:-?\d[\d_.e+-]*|"[^"]*"|true|false|null|undefined|\[.*\]|\{.*\})$/.test(text)) continue;
      return { value: new Function(`return (${text});`)() };
    } catch {}
  }
  return undefined;
}

/** Rewrites one example into an async function body: imports become dynamic, `expr; // value` lines become checks. */
export function transform(code: string): string {
  const out: string[] = [];
  for (const line of code.split("\n")) {
    const typeOnly = /^\s*import\s+type\s/.test(line);
    if (typeOnly) continue;
    const named = line.match(/^\s*import\s*\{([^}]*)\}\s*from\s*(["'][^"']+["']);?\s*$/);
    if (named) {
      const names = (named[1] ?? "")
        .split(",")
        .map((n) => n.trim())
        .filter((n) => n !== "" && !n.startsWith("type "))
        .map((n) => n.replace(/\s+as\s+/, ": "));
      out.push(`const { ${names.join(", ")} } = await import(${named[2]});`);
      continue;
    }
    const star = line.match(/^\s*import\s*\*\s*as\s+(\w+)\s*from\s*(["'][^"']+["']);?\s*$/);
    if (star) {
      out.push(`const ${star[1]} = await import(${star[2]});`);
      continue;
    }
    const check = line.match(/^(\s*)(.+?);\s*\/\/\s*(.+)$/);
    const expected = check ? expectedValue(check[3] ?? "") : undefined;
    if (check && expected !== undefined) {
      // a statement may span lines: take back earlier lines until the brackets balance
      let statement = check[2] ?? "";
      const taken: string[] = [];
      while ((balance(statement) < 0 || statement.trim().startsWith(".")) && out.length > 0) {
        const previous = out.pop() as string;
        taken.unshift(previous);
        statement = `${previous.trim()} ${statement}`;
      }
      if (balance(statement) === 0 && !/^(?:const|let|var|return|if|for|import|export)\b|^\/\//.test(statement.trim())) {
        out.push(`${check[1]}__check(${statement.trim()}, ${JSON.stringify(check[3])}, ${JSON.stringify(line.trim())});`);
        continue;
      }
      out.push(...taken);
    }
    out.push(line);
  }
  return out.join("\n");
}

/** Opening minus closing brackets, ignoring those inside string literals. */
function balance(code: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i] as string;
    if (quote !== undefined) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'" || ch === "`") quote = ch;
    else if ("([{".includes(ch)) depth++;
    else if (")]}".includes(ch)) depth--;
  }
  return depth;
}
