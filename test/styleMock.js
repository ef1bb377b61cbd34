// CSS modules resolve to class names that are simply the keys, so tests can still find them.
module.exports = new Proxy({}, {get: (_target, key) => (key === '__esModule' ? false : key)});
