// Types for compile-server.mjs (plain JS so `npm start` needs no TypeScript loader).
export declare const COMPILED_SERVER: string;
export declare function compileServer(root: string, outfile?: string): void;
