// Benchmark page for @recogito/recogito-js: the annotations given as W3C Web Annotations with a
// TextPositionSelector; it wraps them in spans in the text, so a change is drawn when its call returns.
import { init, type Recogito } from "@recogito/recogito-js";
import "@recogito/recogito-js/dist/recogito.min.css";
import { installPeer } from "./page";

let recogito: Recogito | null = null;

installPeer({
  open(content, annotations) {
    const created = init({ content });
    let drawn = false;
    void created.setAnnotations(annotations).then(() => (drawn = true));
    recogito = created;
    return () => drawn;
  },
  add(annotation) {
    recogito!.addAnnotation(annotation);
  },
  drawnAfter() {
    return () => true;
  },
});
