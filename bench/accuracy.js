// `npm run bench:accuracy` runs bench/accuracy.js; the harness itself is bench/accuracy.mjs.
import './accuracy.mjs';
