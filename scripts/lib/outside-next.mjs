// Lets a script outside Next.js import the app's server modules: "server-only" throws unless
// bundled for the server, so here it resolves to an empty module. Used with `node --import`.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`export async function resolve(specifier, context, next) {
      return specifier === "server-only" ? { url: "data:text/javascript,export {}", shortCircuit: true } : next(specifier, context);
    }`),
);
