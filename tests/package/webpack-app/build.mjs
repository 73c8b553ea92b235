// webpack 5 through its node API (no webpack-cli): production mode, no loaders, no plugins; the
// page (../index.html, the one the Vite project builds too) is copied beside the bundle.
import webpack from 'webpack';
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const compiler = webpack({ mode: 'production', context: here('.'), entry: './app.js', output: { path: here('./dist'), filename: 'app.js', clean: true } });
compiler.run((err, stats) => {
  if (err || stats.hasErrors()) {
    console.error(err ?? stats.toString('errors-only'));
    process.exit(1);
  }
  mkdirSync(here('./dist'), { recursive: true });
  copyFileSync(here('../index.html'), here('./dist/index.html'));
  compiler.close(() => {});
});
