// What `npm run serve` does once its checks are done, for the tests and the load test that made the
// database and the build themselves: the current build served on PORT (bound to HOST when set) by
// WEB_CONCURRENCY server processes, the mail worker beside them. It never builds: a rebuild into
// the folder an end-to-end run is serving from would pull that build from under it.
import { checkConfiguration, serveNext } from "../../lib/release/serve";

try {
  const { port, workers } = checkConfiguration({ serving: true });
  serveNext(port, workers, process.env.HOST?.trim() || undefined);
} catch (error) {
  console.error(`Could not start SCCP Tracker: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
