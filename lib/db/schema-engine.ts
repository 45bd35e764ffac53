// Runs Prisma's official schema engine in its WebAssembly build. The native engine that
// `prisma migrate` wants is downloaded at first use, which this project's machines cannot do; the
// WebAssembly build ships inside an npm package and drives SQLite through the same driver adapter
// the app uses, so migrations stay real Prisma migrations (`_prisma_migrations` and all).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm";

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
    const { instance } = await WebAssembly.instantiate(wasmBytes, {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return bindings;
}

export interface EngineOptions {
  databaseUrl: string;
  schemaPath: string;
  log?: (line: string) => void;
}

/**
 * Freeing the engine does not close the SQLite connections it opened through the adapter, and an
 * open one keeps the database locked; this factory remembers them so they can be closed.
 */
class ClosableSqliteFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly #inner: PrismaBetterSqlite3;
  readonly #connections: SqlDriverAdapter[] = [];

  constructor(url: string) {
    this.#inner = new PrismaBetterSqlite3({ url });
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
    this.#connections.push(opened);
    return opened;
  }

  async closeAll() {
    await Promise.all(this.#connections.splice(0).map((connection) => connection.dispose()));
  }
}

/** Runs `work` with a schema engine on the database, then frees the engine and its connections. */
export async function withSchemaEngine<T>({ databaseUrl, schemaPath, log }: EngineOptions, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const glue = await loadBindings();
  const schema = await readFile(schemaPath, "utf8");
  const factory = new ClosableSqliteFactory(databaseUrl);
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
