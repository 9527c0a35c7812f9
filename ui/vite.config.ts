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
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
  },
});
