// A fresh Rollup 4 project's configuration: node-resolve (which any npm dependency needs), and
// nothing for WebAssembly or assets. zhengwu/inline carries the module and the imported packs in
// JS, so the bundle is all the page needs.
import { nodeResolve } from '@rollup/plugin-node-resolve';

export default {
  input: 'app.js',
  output: { file: 'dist/app.js', format: 'es' },
  plugins: [nodeResolve()],
};
