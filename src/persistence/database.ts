// The one database the app uses, opened lazily.
import { TelaahDatabase } from "./schema";

let database: TelaahDatabase | null = null;

export function appDatabase(): TelaahDatabase {
  database ??= new TelaahDatabase();
  return database;
}
