// The loader hook of trace-modules.mjs: reports each module's URL to the main thread as it loads.
let port;

export function initialize(data) {
  port = data.port;
}

export async function load(url, context, nextLoad) {
  port.postMessage(url);
  return nextLoad(url, context);
}
