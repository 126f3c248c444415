// vue-tsc on this folder's TypeScript 5.9 (TypeScript 7, the project's own, has no JavaScript API),
// wherever npm put vue-tsc itself.
const from = { paths: [__dirname] };
require(require.resolve('vue-tsc', from)).run(require.resolve('typescript/lib/tsc', from));
