// Writes the training tasks' fixed splits (digits and the synthetic series) as JSON for
// check_training_answers.py. Reads the built reference library: `npx nx run reference:build`.
const fs = require('node:fs');
const path = require('node:path');

const ref = (p) => require(path.resolve(__dirname, '../../../dist/libs/reference/src/tasks', p));
const matrix = (m) => ({ shape: m.shape, data: Array.from(m.data) });
const split = (d) => ({ trainX: matrix(d.trainX), trainY: d.trainY, testX: matrix(d.testX), testY: d.testY });

const out = process.argv[2] || '/tmp/task-data.json';
fs.writeFileSync(out, JSON.stringify({ digits: split(ref('mnist-data.js').loadDigitSplit()), series: split(ref('series-data.js').loadSeriesSplit()) }));
console.log(`wrote ${out}`);
