// Types for build-if-changed.mjs (plain JS so `npm start` needs no TypeScript loader).
export declare function buildIfChanged(options: {
  root: string;
  force?: boolean;
  env?: Readonly<Record<string, string | undefined>>;
  build: () => void;
}): "built" | "skipped";
export declare function runNextBuild(root: string): void;
export declare function runBuild(root: string): void;
