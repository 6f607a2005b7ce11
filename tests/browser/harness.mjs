// Shared by the browser tests and benchmarks: a loopback static server (static_server.py:
// python's http.server with CORS) and Debian's Chromium, headless, with the flags that
// keep it off the (closed) network.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

/** Serves `dir` on a free loopback port; resolves to `{ base, server }` (kill `server` after). */
export async function serve(dir) {
  const script = fileURLToPath(new URL("./static_server.py", import.meta.url));
  const server = spawn("python3", ["-u", script, dir], {
    stdio: ["ignore", "pipe", "ignore"],
  });
  const base = await new Promise((resolve, reject) => {
    let out = "";
    server.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/port (\d+)/);
      if (m) resolve(`http://127.0.0.1:${m[1]}/`);
    });
    server.on("exit", (code) => reject(new Error(`http.server exited with ${code}`)));
  });
  return { base, server };
}

/** Headless Chromium (`$CHROMIUM`, else /usr/bin/chromium). */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run", ...extraArgs],
  });
}

/** What `python3 main.py` prints for `code` (stdout, stderr), the script's directory left out. */
export function cpython(code) {
  const dir = mkdtempSync(join(tmpdir(), "metalab-"));
  writeFileSync(join(dir, "main.py"), code);
  const r = spawnSync("python3", ["main.py"], { cwd: dir, encoding: "utf8" });
  rmSync(dir, { recursive: true });
  // CPython names the script by its full path (tracebacks, warnings).
  return { stdout: r.stdout, stderr: r.stderr.replaceAll(`${dir}/`, "") };
}
