import type { Server } from 'node:http';
/** A static file server for one folder; resolves once it listens. */
export function serveStatic(dir: string, port?: number, host?: string): Promise<Server>;
