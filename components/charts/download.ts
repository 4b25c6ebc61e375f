// Client-side downloads of a chart: its data as CSV, its drawing as SVG or PNG. CSS variables (theme colours)
// are resolved into the exported SVG so the file looks the same outside the page.
const STYLE_PROPS = ["fill", "fill-opacity", "stroke", "stroke-opacity", "stroke-width", "stroke-dasharray", "opacity", "font-size", "font-family", "font-weight", "text-anchor", "dominant-baseline", "paint-order", "display", "visibility"] as const;

export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(filename: string, text: string, type: string): void {
  // A byte-order mark so spreadsheet programs read UTF-8 (CJK names) correctly.
  downloadBlob(filename, new Blob([type === "text/csv" ? "\ufeff" : "", text], { type: `${type};charset=utf-8` }));
}

/** A standalone SVG document of a rendered chart, with computed styles inlined and the page background behind it. */
export function serializeSvg(svg: SVGSVGElement, title: string): string {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll("*")];
  const copies = [clone, ...clone.querySelectorAll("*")];
  originals.forEach((element, index) => {
    const copy = copies[index] as SVGElement | undefined;
    if (!copy) return;
    const computed = getComputedStyle(element);
    const inline = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(";");
    copy.setAttribute("style", inline);
    copy.removeAttribute("class");
    copy.removeAttribute("tabindex");
  });
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("width", String(Math.round(width)));
  clone.setAttribute("height", String(Math.round(height)));
  if (!clone.getAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${Math.round(width)} ${Math.round(height)}`);
  const background = document.createElementNS("http://www.w3.org/2000/svg", "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", getComputedStyle(document.body).backgroundColor);
  clone.prepend(background);
  const titleElement = document.createElementNS("http://www.w3.org/2000/svg", "title");
  titleElement.textContent = title;
  clone.prepend(titleElement);
  return new XMLSerializer().serializeToString(clone);
}

/** Rasterises an SVG document at twice its size. */
export async function downloadPng(filename: string, svgText: string): Promise<void> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const scale = 2;
  const canvas = document.createElement("canvas");
  canvas.width = image.naturalWidth * scale;
  canvas.height = image.naturalHeight * scale;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("Canvas is not available.");
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) throw new Error("Could not encode the PNG.");
  downloadBlob(filename, blob);
}

/** The theme's colours as concrete values, for SVG drawn from data rather than copied from the page. */
export function readPalette(): Record<string, string> {
  const style = getComputedStyle(document.documentElement);
  const names = ["paper", "ink", "muted", "line", "accent", "status-proposed", "status-agreed", "status-in-progress", "status-operational", "status-completed", "status-stalled", "status-cancelled", "status-superseded"];
  return Object.fromEntries(names.map((n) => [n, style.getPropertyValue(`--color-${n}`).trim()]));
}
