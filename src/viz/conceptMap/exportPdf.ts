// The map as a vector PDF: the standalone SVG drawn by svg2pdf.js onto a jsPDF page of its size
// (text stays text, in the PDF's standard Helvetica). Both libraries are loaded only when a PDF is asked for.
import type { StandaloneSvg } from "./exportImage";

export async function svgToPdf(image: StandaloneSvg, title: string): Promise<Blob> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import("jspdf"), import("svg2pdf.js")]);
  const element = new DOMParser().parseFromString(image.markup, "image/svg+xml").documentElement as unknown as SVGSVGElement;
  // svg2pdf reads computed geometry: the copy is attached, out of sight, while it draws.
  const holder = document.createElement("div");
  holder.style.cssText = "position:fixed;left:-100000px;top:0;";
  holder.appendChild(element);
  document.body.appendChild(holder);
  try {
    const pdf = new jsPDF({ orientation: image.width >= image.height ? "landscape" : "portrait", unit: "pt", format: [image.width, image.height] });
    pdf.setProperties({ title, creator: "Telaah" });
    await svg2pdf(element, pdf, { x: 0, y: 0, width: image.width, height: image.height });
    return pdf.output("blob");
  } finally {
    holder.remove();
  }
}
