import { resources } from "~/i18n/resources";

type Tree = { [key: string]: string | Tree };

function leafKeys(tree: Tree, prefix = ""): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") keys.set(path, value);
    else for (const [k, v] of leafKeys(value, path)) keys.set(k, v);
  }
  return keys;
}

const nl = leafKeys(resources.nl.translation as unknown as Tree);
const en = leafKeys(resources.en.translation as unknown as Tree);

describe("interface text", () => {
  test("every Dutch key exists in English", () => {
    const missing = [...nl.keys()].filter((k) => !en.has(k));
    expect(missing).toEqual([]);
  });

  test("every English key exists in Dutch", () => {
    const missing = [...en.keys()].filter((k) => !nl.has(k));
    expect(missing).toEqual([]);
  });

  test("no text is empty", () => {
    const empty = [...nl, ...en].filter(([, text]) => text.trim() === "").map(([k]) => k);
    expect(empty).toEqual([]);
  });

  test("placeholders match between languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    const mismatched = [...nl].filter(([k, text]) => {
      const other = en.get(k);
      return other !== undefined && placeholders(text).join() !== placeholders(other).join();
    });
    expect(mismatched.map(([k]) => k)).toEqual([]);
  });
});
