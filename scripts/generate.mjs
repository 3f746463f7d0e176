// `npm run generate` rebuilds the generated files; `--check` fails when a committed one is stale.
// (The schema generators are added by the schemas work; this is the driver.)
const check = process.argv.includes('--check');
console.log(check ? 'generated files: nothing to check yet' : 'nothing to generate yet');
