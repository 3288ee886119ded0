// Makes sure the Docker engine runs and the sandbox images exist before the suite starts.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async function globalSetup() {
  const root = path.resolve(__dirname, '../..');
  const run = (script) => execFileSync('bash', [path.join(root, script)], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  run('scripts/ensure-docker.sh');
  run('docker/build-images.sh');
};
