import { defineConfig } from "vitest/config";

// The window loads the build from ui/dist (tauri.conf.json, frontendDist); no dev server is
// needed to run the app.
export default defineConfig({
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "safari15",
    sourcemap: false,
  },
  // The contract test (src/ipc/contract.test.ts) reads the shell's Rust sources beside ui/; the
  // dev server is not used to run the app.
  server: { fs: { allow: [".."] } },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
  },
});
