// Types for build-fingerprint.mjs (plain JS so `npm start` needs no TypeScript loader).
export declare const BUILD_INPUTS: readonly string[];
export declare const STAMP_PATH: string;
export declare function buildFingerprint(options: { root: string; env?: Readonly<Record<string, string | undefined>> }): string;
export declare function listInputFiles(root: string): string[];
export declare function isBuildCurrent(options: { root: string; fingerprint: string }): boolean;
export declare function writeStamp(options: { root: string; fingerprint: string }): void;
export declare function clearStamp(root: string): void;
