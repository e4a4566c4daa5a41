// Benchmark page for @recogito/text-annotator: its default (spans) renderer, the annotations given
// as W3C Web Annotations through its W3C adapter.
import { createTextAnnotator, W3CTextFormat } from "@recogito/text-annotator";
import "@recogito/text-annotator/text-annotator.css";
import { installPeer } from "./page";
import type { W3CTextAnnotation } from "../transcriptData";

let redraws = 0;
let annotator: { addAnnotation(annotation: W3CTextAnnotation): unknown } | null = null;

installPeer({
  open(content, annotations) {
    const created = createTextAnnotator(content, { adapter: W3CTextFormat("bench:transcript", content) });
    created.renderer.on("onRedraw", () => redraws++);
    created.setAnnotations(annotations as never);
    annotator = created as never;
    return () => redraws > 0 && content.querySelector(".r6o-span-highlight-layer .r6o-annotation") !== null;
  },
  add(annotation) {
    annotator!.addAnnotation(annotation);
  },
  drawnAfter() {
    const at = redraws;
    return () => redraws > at;
  },
});
