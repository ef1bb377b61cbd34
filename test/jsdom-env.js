// jsdom lacks several Node globals that jose, localforage and fake-indexeddb need.
const {TestEnvironment} = require('jest-environment-jsdom');

class JsdomWithNodeGlobals extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    const g = this.global;
    g.TextEncoder = TextEncoder;
    g.TextDecoder = TextDecoder;
    g.structuredClone = structuredClone;
    // jose checks `instanceof Uint8Array`; Node's TextEncoder returns Node-realm arrays.
    g.Uint8Array = Uint8Array;
    g.ArrayBuffer = ArrayBuffer;
    Object.defineProperty(g, 'crypto', {
      value: globalThis.crypto,
      configurable: true,
      writable: true,
    });
  }
}

module.exports = JsdomWithNodeGlobals;
