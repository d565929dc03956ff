// Parses Mermaid diagrams with the real Mermaid parser, under Node with a
// jsdom window (Mermaid's parser wants a DOM for DOMPurify). Reads a JSON
// array of diagram texts on standard input and prints a JSON array with
// one entry per diagram: "" when it parses, else the parser's message.
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><html><body></body></html>", { pretendToBeVisual: true });
globalThis.window = dom.window;
globalThis.document = dom.window.document;
for (const k of ["Element", "HTMLElement", "SVGElement", "Node", "DOMParser", "navigator"]) {
  if (!(k in globalThis)) {
    try { globalThis[k] = dom.window[k]; } catch { /* read-only in this Node */ }
  }
}

const { default: mermaid } = await import("mermaid");
mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });

let input = "";
for await (const chunk of process.stdin) input += chunk;
const diagrams = JSON.parse(input);
const out = [];
for (const d of diagrams) {
  try {
    const ok = await mermaid.parse(d);
    out.push(ok ? "" : "not recognised as a diagram");
  } catch (e) {
    out.push(String(e && e.message ? e.message : e));
  }
}
process.stdout.write(JSON.stringify(out));
