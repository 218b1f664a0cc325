export declare const CHROMIUM_ARGS: string[];
export declare function findBrowser(): string | undefined;
export declare function hasBrowser(): boolean;
