// Shared by the browser tests and benchmarks: a loopback static server (static_server.py:
// python's http.server with CORS) and Debian's Chromium, headless, with the flags that
// keep it off the (closed) network.
import { spawn } from "node:child_process";
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
