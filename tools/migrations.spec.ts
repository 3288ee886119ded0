// Every migration folder carries SQL: an empty one (a diff taken after the schema was already
// committed) is recorded as applied and hides that its change never reached the database.
import fs from 'node:fs';
import path from 'node:path';

const migrationsDir = path.resolve(__dirname, '../prisma/migrations');
const folders = fs
  .readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('prisma migrations', () => {
  it('exist', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  it.each(folders)('%s has a non-empty migration.sql', (folder) => {
    const sql = fs.readFileSync(path.join(migrationsDir, folder, 'migration.sql'), 'utf8');
    expect(sql.replace(/--.*$/gm, '').trim()).not.toBe('');
  });

  it('no two migrations share a name', () => {
    const names = folders.map((folder) => folder.replace(/^\d+_/, ''));
    expect(new Set(names).size).toBe(names.length);
  });
});
