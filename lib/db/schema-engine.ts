// Runs Prisma's official schema engine in its WebAssembly build. The native engine that
// `prisma migrate` wants is downloaded at first use, which this project's machines cannot do; the
// WebAssembly build ships inside an npm package and drives SQLite or PostgreSQL through the same
// driver adapters the app uses, so migrations stay real Prisma migrations (`_prisma_migrations` and all).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm";
import { engineOf } from "./url";

export type { MigrationList, SchemaEngine };

export const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

type Bindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let bindings: Promise<Bindings> | undefined;

// The package's own entry imports a .wasm file, which Node cannot import; instantiate it by hand.
function loadBindings(): Promise<Bindings> {
  bindings ??= (async () => {
    const require = createRequire(import.meta.url);
    const jsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = (await import(pathToFileURL(jsPath).href)) as Bindings;
    const wasmBytes = await readFile(path.join(path.dirname(jsPath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(wasmBytes, { "./schema_engine_bg.js": withUnrefTimers(glue) });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return bindings;
}

/**
 * The engine's PostgreSQL connector leaves a ten-second timer behind after each run, which kept a
 * migrating command alive that long after its work was done; its timers never need to hold the
 * process open, so they are unref'd.
 */
function withUnrefTimers(glue: Bindings): WebAssembly.ModuleImports {
  const imports: Record<string, unknown> = { ...glue };
  const setTimeoutImport = Object.keys(imports).find((name) => name.startsWith("__wbg_setTimeout_"));
  if (setTimeoutImport) {
    const original = imports[setTimeoutImport] as (callback: unknown, ms: number) => unknown;
    imports[setTimeoutImport] = (callback: unknown, ms: number) => {
      const timer = original(callback, ms);
      (timer as { unref?: () => void } | null)?.unref?.();
      return timer;
    };
  }
  return imports as WebAssembly.ModuleImports;
}

export interface EngineOptions {
  databaseUrl: string;
  schemaPath: string;
  /** The schema's text, when it is not (yet) the file at schemaPath. */
  schemaText?: string;
  log?: (line: string) => void;
}

/**
 * Freeing the engine does not close the connections it opened through the adapter, and an open
 * one keeps a SQLite database locked (and a PostgreSQL pool, the process alive); this factory
 * remembers them so they can be closed.
 */
class ClosableFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider: "sqlite" | "postgres";
  readonly adapterName: string;
  readonly #inner: SqlMigrationAwareDriverAdapterFactory;
  readonly #connections: SqlDriverAdapter[] = [];

  constructor(url: string) {
    this.#inner = engineOf(url) === "postgresql" ? new PrismaPg({ connectionString: url, max: 2 }) : new PrismaBetterSqlite3({ url });
    this.provider = this.#inner.provider as "sqlite" | "postgres";
    this.adapterName = this.#inner.adapterName;
  }

  connect() {
    return this.#track(this.#inner.connect());
  }

  connectToShadowDb() {
    return this.#track(this.#inner.connectToShadowDb());
  }

  async #track(connection: Promise<SqlDriverAdapter>) {
    const opened = await connection;
    if (this.provider === "postgres") readCharColumnsAsText(opened);
    this.#connections.push(opened);
    return opened;
  }

  async closeAll() {
    await Promise.all(this.#connections.splice(0).map((connection) => connection.dispose()));
  }
}

const PG_CHAR = 18;
const PG_TEXT = 25;

/**
 * The engine describes a PostgreSQL schema by reading the catalogues, whose one-letter codes
 * (pg_constraint.contype and the like) have the internal type "char"; the pg adapter knows no such
 * column type and fails the whole description. Its values arrive as strings already, so they are
 * passed on as text.
 */
function readCharColumnsAsText(adapter: SqlDriverAdapter): void {
  type Io = (query: unknown) => Promise<{ fields: { dataTypeID: number }[] }>;
  const target = adapter as unknown as { performIO?: Io };
  const performIO = target.performIO?.bind(adapter);
  if (!performIO) throw new Error("The PostgreSQL adapter no longer reads through performIO; the schema engine cannot describe the database.");
  target.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
    return result;
  };
}

/** Runs `work` with a schema engine on the database, then frees the engine and its connections. */
export async function withSchemaEngine<T>({ databaseUrl, schemaPath, schemaText, log }: EngineOptions, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const glue = await loadBindings();
  const schema = schemaText ?? (await readFile(schemaPath, "utf8"));
  const factory = new ClosableFactory(databaseUrl);
  const engine = await glue.SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    (line: string) => log?.(line),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await factory.closeAll();
  }
}
