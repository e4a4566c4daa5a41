// The shared part of the benchmark pages for other annotation libraries: the transcript as one
// paragraph per line in a scrolling column, and the timing of each change until painted (two
// animation frames after the library has handed its drawing to the browser, as for Telaah).
import type { W3CTextAnnotation } from "../transcriptData";

export interface Peer {
  /** Loads the annotations into the content element; returns a test of whether they are drawn. */
  open(content: HTMLElement, annotations: W3CTextAnnotation[]): () => boolean;
  add(annotation: W3CTextAnnotation): void;
  /** A test of whether the library has drawn since this call. */
  drawnAfter(): () => boolean;
}

export interface PeerBench {
  open(lines: string[], annotations: W3CTextAnnotation[]): Promise<number>;
  add(annotation: W3CTextAnnotation): Promise<number>;
  scroll(to: "middle" | "end"): Promise<number>;
}

declare global {
  interface Window {
    peerBench?: PeerBench;
  }
}

function untilPainted(began: number, handedOver: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    const check = () => {
      if (handedOver()) requestAnimationFrame(() => resolve(performance.now() - began));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

export function installPeer(peer: Peer): void {
  const scroller = document.getElementById("scroller")!;
  const content = document.getElementById("content")!;
  window.peerBench = {
    open(lines, annotations) {
      const began = performance.now();
      content.replaceChildren(...lines.map((line) => {
        const p = document.createElement("p");
        p.textContent = line;
        return p;
      }));
      return untilPainted(began, peer.open(content, annotations));
    },
    add(annotation) {
      const began = performance.now();
      const drawn = peer.drawnAfter();
      peer.add(annotation);
      return untilPainted(began, drawn);
    },
    scroll(to) {
      const began = performance.now();
      const drawn = peer.drawnAfter();
      const bottom = scroller.scrollHeight - scroller.clientHeight;
      scroller.scrollTop = to === "end" ? bottom : bottom / 2;
      return untilPainted(began, drawn);
    },
  };
}
