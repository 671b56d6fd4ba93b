import { defineConfig } from 'drizzle-kit';

// Only `drizzle-kit generate` is used: migrate/push/studio cannot key an encrypted register (DESIGN §7).
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
