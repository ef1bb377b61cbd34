export declare const CONTENT_DIRS: string[];
export declare function contentFiles(root: string): string[];
export interface ContentDiagram {
  key: string;
  source: string;
  places: string[];
}
export declare function diagramsInContent(root: string): Map<string, ContentDiagram>;
export declare function committedSvgs(root: string): string[];
