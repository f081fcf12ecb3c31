// Bodies of every kind at a given size, for the cost section of bench:decode
// and test/decode-cost.test.ts: what decoding must handle in bounded, linear
// time. Each is `size` characters (bytes: all ASCII) give or take one unit.

/** `head`, then `unit(i)` for i = 0, 1, … while it fits, then `tail`. */
function fill(head, unit, tail, size) {
  const parts = [head];
  let length = head.length + tail.length;
  for (let i = 0; ; i++) {
    const part = unit(i);
    if (length + part.length > size) break;
    parts.push(part);
    length += part.length;
  }
  parts.push(tail);
  return parts.join('');
}

/** `open` n times, `middle`, `close` n times, n as large as fits. */
function nest(open, middle, close, size, head = '', tail = '') {
  const n = Math.floor(
    (size - head.length - tail.length - middle.length) / (open.length + close.length),
  );
  return head + open.repeat(n) + middle + close.repeat(n) + tail;
}

const pad = (i) => String(i).padStart(7, '0');
const XML = { 'content-type': 'application/xml' };
const HTML = { 'content-type': 'text/html' };
const JSON_TYPE = { 'content-type': 'application/json' };

/**
 * The reference: a flat JSON object of string members, the shape of an error
 * body's top level grown to `size`.
 */
export function flatJson(size) {
  return fill('{"code":400,"message":"bad"', (i) => `,"k${pad(i)}":"v${pad(i)}"`, '}', size);
}

/** Deterministic bytes, most of them not UTF-8. */
function randomBytes(size) {
  const bytes = new Uint8Array(size);
  let x = 12345;
  for (let i = 0; i < size; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

/** `[{kind, response}]`: one response of every kind, each body of `size`. */
export function largeBodies(size) {
  const page = (head) =>
    fill(
      `${head}<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>`,
      (i) => `<div class="row"><p>line <b>${i % 10}</b> of the page</p></div>\n`,
      '</body></html>',
      size,
    );
  const bodies = {
    'flat JSON': { status: 400, headers: JSON_TYPE, body: flatJson(size) },
    'JSON nested arrays': { status: 400, body: nest('[', '', ']', size) },
    'JSON nested objects': { status: 400, body: nest('{"error":', '1', '}', size) },
    'JSON small arrays': {
      status: 400,
      body: fill('{"errors":[[[[[]]]]', () => ',[[[[]]]]', ']}', size),
    },
    'JSON huge string': {
      status: 400,
      body: `{"error":{"code":400,"message":"${'x'.repeat(size - 40)}"}}`,
    },
    'JSON long array': { status: 400, body: fill('{"errors":[0', (i) => `,${i % 10}`, ']}', size) },
    'XML many tags': {
      status: 400,
      headers: XML,
      body: fill(
        '<?xml version="1.0"?><response><metadata><status>400</status></metadata>',
        (i) => `<errors><code>${100 + (i % 900)}</code><title>bad</title></errors>`,
        '</response>',
        size,
      ),
    },
    'XML distinct tags': {
      status: 400,
      headers: XML,
      body: fill(
        '<response><metadata><status>400</status></metadata>',
        (i) => `<t${pad(i)}>x</t${pad(i)}>`,
        '</response>',
        size,
      ),
    },
    'XML deep': {
      status: 400,
      headers: XML,
      body: nest('<a>', 'x', '</a>', size, '<response>', '</response>'),
    },
    'HTML page': { status: 502, headers: HTML, body: page('<!DOCTYPE html>') },
    'HTML page, no DOCTYPE': { status: 502, headers: HTML, body: page('') },
    text: {
      status: 500,
      headers: { 'content-type': 'text/plain' },
      body: fill('', (i) => `error ${i % 10}: the upstream failed, try again later\n`, '', size),
    },
    'random bytes': { status: 500, body: randomBytes(size) },
  };
  return Object.entries(bodies).map(([kind, response]) => ({ kind, response }));
}

/** The markup kinds just under the 64 KiB parse cap: the costliest markup still parsed. */
export function markupAtCap() {
  return largeBodies(64 * 1024 - 64)
    .filter(({ kind }) => /XML|HTML/.test(kind))
    .map(({ kind, response }) => ({ kind: `${kind}, 64 KiB`, response }));
}
