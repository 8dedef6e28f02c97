// Regenerates the node-derived test data in this folder (run with Node 20, the reference runtime):
//   node tests/Rmrk.Core.Tests/Js/gen-cases.mjs
// Writes JsNumberFormatData.cs and JsJsonData.cs. Every expected value comes from V8 itself.
import fs from "node:fs";
import path from "node:path";

const dir = path.dirname(new URL(import.meta.url).pathname);

// The oracle's canonical(): keys sorted, assigned into a fresh object.
function canonical(v) {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(canonical);
  const out = {};
  for (const k of Object.keys(v).sort()) out[k] = canonical(v[k]);
  return out;
}

const buf = new DataView(new ArrayBuffer(8));
const bitsOf = (d) => { buf.setFloat64(0, d); return buf.getBigUint64(0).toString(16).padStart(16, "0"); };
const fromBits = (b) => { buf.setBigUint64(0, b); return buf.getFloat64(0); };
const nextUp = (d) => { buf.setFloat64(0, d); buf.setBigUint64(0, buf.getBigUint64(0) + 1n); return buf.getFloat64(0); };
const nextDown = (d) => { buf.setFloat64(0, d); buf.setBigUint64(0, buf.getBigUint64(0) - 1n); return buf.getFloat64(0); };

let state = 0x9e3779b97f4a7c15n;
const rand64 = () => {
  state ^= (state << 13n) & 0xffffffffffffffffn;
  state ^= state >> 7n;
  state ^= (state << 17n) & 0xffffffffffffffffn;
  return state;
};
const rand01 = () => Number(rand64() >> 11n) / 2 ** 53;

// ---- number formatting ----
const nums = new Set();
const add = (d) => { if (Number.isFinite(d)) { nums.add(d); nums.add(-d); } };
for (let e = -325; e <= 308; e++) { const d = Number(`1e${e}`); add(d); add(nextUp(d)); add(nextDown(d)); }
for (const d of [0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 123.456, 1.5e-7, 1.2345e25, 5e-324, Number.MIN_VALUE,
  Number.MAX_VALUE, Number.EPSILON, Number.MAX_SAFE_INTEGER, 2 ** 53, 2 ** 53 + 2, 2 ** 64, 2 ** 63, 2 ** 31, 2 ** 32,
  12345678901234567890, 999999999999999900000, 1e21 - 65536, 0.000001, 0.0000015, 0.00000123456789, 100, 1e15, 1e16,
  1e17, 123e18, 4.35, 0.3, 2.5, 1.7976931348623157e308, 2.2250738585072014e-308, 2.225073858507201e-308])
  add(d);
for (let i = 0; i < 400; i++) add(fromBits(rand64()));
for (let i = 0; i < 300; i++) add(rand01() * 10 ** Math.floor(rand01() * 50 - 20));
for (let i = 0; i < 100; i++) add(Math.floor(rand01() * 2 ** 60));
for (let i = 0; i < 100; i++) add(Number((rand01() * 1000).toFixed(Math.floor(rand01() * 6))));
const numberLines = [...nums].map((d) => `${bitsOf(d)} ${String(d)}`);
numberLines.push(`${bitsOf(-0)} ${JSON.stringify(-0)}`);

// ---- number parsing (text -> bits) ----
const numberTexts = ["0", "-0", "-0.0", "0e0", "-0e-5", "1", "-1", "1.0", "1e2", "1E2", "1e+2", "1e-2", "0.1", "1e400",
  "-1e400", "1e-400", "-1e-400", "1e999999999999999999999", "0e99999999999", "12345678901234567890",
  "9007199254740993", "9007199254740995", "123456789012345", "1234567890123456", "-999999999999999",
  "2.2250738585072011e-308", "2.2250738585072012e-308", "4.9406564584124654e-324", "2.4703282292062328e-324",
  "2.4703282292062327e-324", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
  "0.30000000000000004", "0." + "0".repeat(400) + "1e400", "1" + "0".repeat(400) + "e-400",
  "9007199254740992.5", "9007199254740993.0000000000000000000000000000001",
  "8.98846567431158e307", "3.141592653589793238462643383279502884197169399375105820974944"];
for (let i = 0; i < 50; i++) {
  let s = String(Math.floor(rand01() * 1e9));
  for (let j = 0; j < 20; j++) s += Math.floor(rand01() * 10);
  numberTexts.push(`${s.slice(0, 1 + (i % 25))}.${s.slice(1 + (i % 25))}e${Math.floor(rand01() * 600) - 320}`);
}
const parseLines = numberTexts.map((t) => `${t} ${bitsOf(JSON.parse(t))}`);

// ---- accept / reject and canonical output ----
const texts = [
  "", " ", "null", "true", "false", "0", "-0", "01", "-01", "00", "1.", ".5", "-", "-a", "+1", "1e", "1e+", "1E-3",
  "1.5e+3", "- 1", "1 2", "NaN", "Infinity", "-Infinity", "nul", "nulll", "True", "tru", "\"abc", "\"a\"", "'a'",
  "[]", "{}", "[1,]", "[,1]", "[1,,2]", "{\"a\":1,}", "{,}", "{\"a\"}", "{\"a\":}", "{a:1}", "{\"a\" : 1 , \"b\" :2}",
  "[1 2]", "[\"a\" \"b\"]", "{\"a\":1 \"b\":2}", "[", "]", "{", "}", "[[]", "[]]", "{\"a\":[}", "[1]x", "[1] ",
  " \t\n\r[1]\r\n\t ", "\u00a0[1]", "\ufeff[1]", "\u000b1", "\u000c1", "\u20281", "[1]\u2029",
  "/* c */1", "1 // c", "\"\\u00e9\"", "\"\\u00E9\"", "\"\\u00g9\"", "\"\\u00e\"", "\"\\x41\"", "\"\\'\"",
  "\"\\/\"", "\"\\b\\f\\n\\r\\t\\\"\\\\\"", "\"\\a\"", "\"tab\there\"", "\"nl\nhere\"", "\"\u001f\"", "\"\u007f\"",
  "\"\u0000\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\\ud83d\\ude00\"", "\"\ud83d\ude00\"",
  "\"\ud800\"", "\"\udfff\ud800\"", "\"\u2028\u2029<>&'+\"", "\"é中文🎉\"", "\"a\\", "\"a\\\"", "\"\\u",
  "{\"a\":1,\"a\":2}", "{\"b\":1,\"a\":2,\"b\":3}", "{\"__proto__\":1,\"a\":2}", "{\"__proto__\":{\"x\":1}}",
  "{\"10\":1,\"2\":2,\"b\":3,\"01\":4,\"-1\":5,\"4294967294\":6,\"4294967295\":7,\"A\":8,\"_\":9,\"a\":10}",
  "{\"\":1,\" \":2}", "[1e400,-1e400,-0,0.1,1e21,1e-7,123456789012345678901]", "[true,false,null]",
  "{\"a\":{\"b\":{\"c\":[1,{\"d\":[]},{}]}}}", "[[[[[[]]]]]]", "{\"x\":[1,2,{\"z\":null,\"y\":\"\"}],\"w\":{}}",
  "\"\\uD834\\uDD1E\"", "\"\\uDD1E\\uD834\"", "[1,2,3]  ", "[-]", "[-0.0e-0]", "[0.0]", "[0e]", "[1.e1]",
  "[1.0e+01]", "{\"a\":1}{}", "[\"\\u0041\\u00410\"]", "{\"k\\u0000\":\"v\"}", "9".repeat(400),
  "0." + "0".repeat(30) + "1", "-" + "1".repeat(30),
];
// A C# string literal: JSON string syntax with everything outside printable ASCII as \uXXXX (C# would
// otherwise read U+0085, U+2028 and U+2029 as line breaks, and raw controls/BOMs in source are unreadable).
const csLit = (s) =>
  JSON.stringify(s).replace(/[^\x20-\x7e]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
const caseLines = texts.map((t) => {
  let ok = true, compact = null, pretty = null;
  try {
    const v = canonical(JSON.parse(t));
    compact = JSON.stringify(v);
    pretty = JSON.stringify(v, null, 2);
  } catch { ok = false; }
  return `        new(${csLit(t)}, ${ok}, ${ok ? csLit(compact) : "null"}, ${ok ? csLit(pretty) : "null"}),`;
});

// Every code unit below U+0100, then surrogates in every arrangement, then assorted non-ASCII.
let escapeInput = "";
for (let c = 0; c < 0x100; c++) escapeInput += String.fromCharCode(c);
escapeInput += "|\ud800|\udbff\udfff|\udfff\ud800|\ud83d\ude00|\ud83d|\ude00x|\u2028\u2029\u0085\ufeff\uffff|é中文";

const csString = (lines) => lines.join("\n");
fs.writeFileSync(path.join(dir, "JsNumberFormatData.cs"), `// <auto-generated> by gen-cases.mjs with Node ${process.version}; do not edit. </auto-generated>
namespace Rmrk.Core.Tests.Js;

/// <summary>Expected output of V8 for number formatting and parsing.</summary>
internal static class JsNumberFormatData
{
    /// <summary>Lines "&lt;IEEE-754 bits, hex&gt; &lt;String(value) in V8&gt;".</summary>
    public const string Formatted = """
${csString(numberLines)}
""";

    /// <summary>Lines "&lt;JSON number text&gt; &lt;bits of JSON.parse(text), hex&gt;".</summary>
    public const string Parsed = """
${csString(parseLines)}
""";
}
`);

fs.writeFileSync(path.join(dir, "JsJsonData.cs"), `// <auto-generated> by gen-cases.mjs with Node ${process.version}; do not edit. </auto-generated>
namespace Rmrk.Core.Tests.Js;

/// <summary>
/// JSON texts with V8's verdict: whether JSON.parse accepts them and, if so, what the oracle prints for
/// canonical(JSON.parse(text)) compact and with indent 2 (without the trailing newline).
/// </summary>
internal static class JsJsonData
{
    public const string EscapeInput = ${csLit(escapeInput)};

    /// <summary>JSON.stringify(EscapeInput).</summary>
    public const string EscapeExpected = ${csLit(JSON.stringify(escapeInput))};

    public static readonly JsJsonCase[] Cases =
    [
${caseLines.join("\n")}
    ];
}
`);
console.log(`numbers ${numberLines.length}, parsed ${parseLines.length}, cases ${caseLines.length}`);
