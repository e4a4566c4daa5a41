// The part of @recogito/recogito-js (which ships no types) that the benchmark page calls.
declare module "@recogito/recogito-js" {
  export interface Recogito {
    setAnnotations(annotations: unknown[]): Promise<void>;
    addAnnotation(annotation: unknown): void;
  }
  export function init(config: { content: HTMLElement | string; mode?: "html" | "pre" }): Recogito;
}
