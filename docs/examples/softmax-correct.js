function softmax({ x, axis }) {
  const rows = axis === 0 ? x[0].map((_, j) => x.map((row) => row[j])) : x;
  const out = rows.map((row) => {
    const max = Math.max(...row);
    const e = row.map((v) => Math.exp(v - max));
    const sum = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / sum);
  });
  return axis === 0 ? out[0].map((_, j) => out.map((row) => row[j])) : out;
}
module.exports = { softmax };
